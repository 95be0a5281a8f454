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
        EhrDocument document = EhrDocument.of(session, EhrDocument.Kind.NOTE, note.id, note.id);
        document.billingUnits = session.billingUnits;
        document.noteFormat = name(note.format);
        document.content = render(note);
        document.contentHash = note.contentHash;
        document.authorStaffId = note.signedByStaffId;
        document.authorName = note.signerName;
        document.authorCredentials = note.signerCredentials;
        document.signedAt = note.signedAt;
        document.cosignerName = note.cosignerName;
        document.cosignedAt = note.cosignedAt;
        return publisher.signed(document);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteCosigned(SessionNote note) {
        publisher.cosigned(note.organizationId, note.id, note.cosignerName, note.cosignedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EhrDocument addendumSigned(Session session, NoteAddendum addendum) {
        EhrDocument document = EhrDocument.of(session, EhrDocument.Kind.ADDENDUM, addendum.id, addendum.noteId);
        document.content = "Addendum " + addendum.sequence + " (" + addendum.reason + ")\n" + addendum.text;
        document.contentHash = addendum.contentHash;
        document.authorStaffId = addendum.authorStaffId;
        document.authorName = addendum.signerName;
        document.authorCredentials = addendum.signerCredentials;
        document.signedAt = addendum.signedAt;
        document.addendumReason = addendum.reason;
        return publisher.signed(document);
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

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
