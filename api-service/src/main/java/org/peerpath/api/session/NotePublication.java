package org.peerpath.api.session;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import io.quarkus.arc.Unremovable;

/**
 * The one-line hooks for the note code: call each in the transaction that signs, co-signs or adds an addendum, after
 * the entity has its signature fields, and the EHR side (FHIR, change feed, export, webhooks) has the document.
 * <pre>
 * notePublication.noteSigned(session, note);           // NoteService.sign, after note.contentHash is set
 * notePublication.noteCosigned(note);                  // NoteService.cosign, after note.cosignedAt is set
 * notePublication.addendumSigned(session, addendum);   // NoteService.addAddendum, after addenda.persist(addendum)
 * </pre>
 */
@ApplicationScoped
@Unremovable
public class NotePublication {

    @Inject
    EhrPublisher publisher;

    @Transactional(Transactional.TxType.MANDATORY)
    public EhrDocument noteSigned(Session session, SessionNote note) {
        return publisher.signed(new SignedDocument(note.id, note.organizationId, note.peerId, EhrDocument.Kind.NOTE,
                note.id, session.id, session.startedAt, session.endedAt, name(session.modality),
                name(session.setting), session.serviceCode, session.billingUnits, name(note.format), render(note),
                note.contentHash, note.signedByStaffId, note.signerName, note.signerCredentials, note.signedAt,
                note.cosignerName, note.cosignedAt, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteCosigned(SessionNote note) {
        publisher.cosigned(note.organizationId, note.id, note.cosignerName, note.cosignedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EhrDocument addendumSigned(Session session, NoteAddendum addendum) {
        return publisher.signed(new SignedDocument(addendum.id, addendum.organizationId, addendum.peerId,
                EhrDocument.Kind.ADDENDUM, addendum.noteId, session.id, session.startedAt, session.endedAt,
                name(session.modality), name(session.setting), session.serviceCode, null, null,
                "Addendum " + addendum.sequence + " (" + addendum.reason + ")\n" + addendum.text,
                addendum.contentHash, addendum.authorStaffId, addendum.signerName, addendum.signerCredentials,
                addendum.signedAt, null, null, addendum.reason));
    }

    /** The note as a reader sees it: each section of its format under its heading. */
    static String render(SessionNote note) {
        StringBuilder text = new StringBuilder();
        Map<String, String> sections = note.sections.asMap();
        for (String section : note.format.sections()) {
            String value = sections.get(section);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(Character.toUpperCase(section.charAt(0))).append(section.substring(1)).append(":\n")
                    .append(value.strip());
        }
        return text.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
