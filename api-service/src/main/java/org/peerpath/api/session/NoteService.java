package org.peerpath.api.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * Session notes: drafts change freely; signing checks the fields payers require, a recent login and the author, and
 * freezes the note with a content hash; afterwards only signed addenda and one supervisor co-signature are added.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    static final String SIGNED_IS_FINAL = "The note is signed and can never be changed or deleted; add an addendum "
            + "with the reason instead.";

    @Inject
    CurrentActor currentActor;

    @Inject
    SessionAccess access;

    @Inject
    SessionNoteRepository notes;

    @Inject
    NoteAddendumRepository addenda;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    /** Puts signed notes and addenda on the EHR change feed (and so webhooks), in the signing transaction. */
    @Inject
    NotePublication publication;

    public Versioned<NoteResponse> get(UUID sessionId) {
        Actor actor = currentActor.get();
        Session session = access.require(actor, sessionId, Need.READ_CARE, false, AuditAction.READ,
                AuditResourceType.SESSION_NOTE);
        SessionNote note = note(actor, session, false);
        audit.success(actor, AuditAction.READ, AuditResourceType.SESSION_NOTE, note.id, note.peerId);
        return versioned(actor, note);
    }

    public Versioned<NoteResponse> update(UUID sessionId, UpdateNoteRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        Session session = access.require(actor, sessionId, Need.WRITE_CARE, true, AuditAction.UPDATE,
                AuditResourceType.SESSION_NOTE);
        SessionNote note = note(actor, session, true);
        if (note.status == NoteStatus.SIGNED) {
            throw new ProblemException(ProblemType.CONFLICT, SIGNED_IS_FINAL);
        }
        EntityTags.requireMatch(ifMatch, Versioned.etag(note.version));
        List<FieldError> outside = request.sections().outside(request.format(), "sections.");
        if (!outside.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The note has sections its format does not.",
                    outside);
        }
        note.format = request.format();
        note.sections = request.sections();
        note.updatedAt = Now.instant();
        notes.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.SESSION_NOTE, note.id, note.peerId);
        return versioned(actor, note);
    }

    public Outcome<NoteResponse> sign(UUID sessionId, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "signNote " + sessionId,
                Map.of(), NoteResponse.class, () -> {
                    Session session = access.require(actor, sessionId, Need.WRITE_CARE, true, AuditAction.SIGN,
                            AuditResourceType.SESSION_NOTE);
                    SessionNote note = note(actor, session, true);
                    if (note.status == NoteStatus.SIGNED) {
                        throw new ProblemException(ProblemType.CONFLICT, "The note is already signed.");
                    }
                    access.requireAuthor(actor, note);
                    access.requireRecentLogin(actor);
                    requireSignable(session, note);
                    Instant now = Now.instant();
                    note.status = NoteStatus.SIGNED;
                    note.signedByStaffId = actor.staffId().orElseThrow();
                    note.signerName = actor.name();
                    note.signerCredentials = actor.credentials().orElse(null);
                    note.signedAt = now;
                    note.contentHash = ContentHash.of(signedContent(session, note));
                    note.updatedAt = now;
                    notes.flush();
                    publication.noteSigned(session, note);
                    audit.success(actor, AuditAction.SIGN, AuditResourceType.SESSION_NOTE, note.id, note.peerId);
                    return new Outcome<>(200, response(actor, note), null, Versioned.etag(note.version), false);
                });
    }

    public Outcome<NoteResponse> cosign(UUID sessionId, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "cosignNote " + sessionId,
                Map.of(), NoteResponse.class, () -> {
                    Session session = access.require(actor, sessionId, Need.READ_CARE, true, AuditAction.COSIGN,
                            AuditResourceType.SESSION_NOTE);
                    SessionNote note = note(actor, session, true);
                    if (note.status != NoteStatus.SIGNED) {
                        throw new ProblemException(ProblemType.CONFLICT, "Only a signed note can be co-signed.");
                    }
                    if (note.cosignedAt != null) {
                        throw new ProblemException(ProblemType.CONFLICT, "The note is already co-signed.");
                    }
                    if (actor.staffId().isEmpty() || actor.staffId().get().equals(note.signedByStaffId)) {
                        throw new ProblemException(ProblemType.FORBIDDEN, "A note's author cannot co-sign it.");
                    }
                    access.requireRecentLogin(actor);
                    Instant now = Now.instant();
                    note.cosignedByStaffId = actor.staffId().get();
                    note.cosignerName = actor.name();
                    note.cosignerCredentials = actor.credentials().orElse(null);
                    note.cosignedAt = now;
                    note.updatedAt = now;
                    notes.flush();
                    publication.noteCosigned(note);
                    audit.success(actor, AuditAction.COSIGN, AuditResourceType.SESSION_NOTE, note.id, note.peerId);
                    return new Outcome<>(200, response(actor, note), null, Versioned.etag(note.version), false);
                });
    }

    public Outcome<AddendumResponse> addAddendum(UUID sessionId, CreateAddendumRequest request,
            String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "addAddendum " + sessionId,
                request, AddendumResponse.class, () -> {
                    Session session = access.require(actor, sessionId, Need.WRITE_CARE, true, AuditAction.ADDENDUM,
                            AuditResourceType.NOTE_ADDENDUM);
                    SessionNote note = note(actor, session, true);
                    if (note.status != NoteStatus.SIGNED) {
                        throw new ProblemException(ProblemType.CONFLICT, "The note is still a draft: change it "
                                + "directly; addenda follow a signed note.");
                    }
                    access.requireRecentLogin(actor);
                    NoteAddendum addendum = new NoteAddendum();
                    addendum.id = UUID.randomUUID();
                    addendum.organizationId = actor.organization();
                    addendum.noteId = note.id;
                    addendum.sessionId = session.id;
                    addendum.peerId = session.peerId;
                    addendum.sequence = addenda.lastSequence(actor.organization(), note.id) + 1;
                    addendum.reason = request.reason().strip();
                    addendum.text = request.text();
                    addendum.authorStaffId = actor.staffId().orElseThrow();
                    addendum.signerName = actor.name();
                    addendum.signerCredentials = actor.credentials().orElse(null);
                    addendum.signedAt = Now.instant();
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("noteId", note.id);
                    content.put("noteHash", note.contentHash);
                    content.put("sequence", addendum.sequence);
                    content.put("reason", addendum.reason);
                    content.put("text", addendum.text);
                    content.put("signer", actor.subject());
                    content.put("signedAt", addendum.signedAt.toString());
                    addendum.contentHash = ContentHash.of(content);
                    addenda.persist(addendum);
                    publication.addendumSigned(session, addendum);
                    audit.success(actor, AuditAction.ADDENDUM, AuditResourceType.NOTE_ADDENDUM, addendum.id,
                            addendum.peerId);
                    return Outcome.created(AddendumResponse.of(addendum), "v1/sessions/" + session.id + "/note",
                            null);
                });
    }

    private static void requireSignable(Session session, SessionNote note) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (session.setting == null) {
            missing.add(new FieldError("setting", "is required on the session before its note is signed"));
        }
        note.sections.missing(note.format).forEach(section -> missing.add(new FieldError("sections." + section,
                "is required in a " + note.format + " note before it is signed")));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The note lacks fields payers require: "
                    + missing.size() + " missing.", missing);
        }
    }

    private static Map<String, Object> signedContent(Session session, SessionNote note) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("noteId", note.id);
        content.put("sessionId", session.id);
        content.put("peerId", session.peerId);
        content.put("startedAt", session.startedAt.toString());
        content.put("endedAt", session.endedAt.toString());
        content.put("serviceDate", session.serviceDate.toString());
        content.put("minutes", session.minutes);
        content.put("billingUnits", session.billingUnits);
        content.put("serviceCode", session.serviceCode);
        content.put("modality", session.modality);
        content.put("setting", session.setting);
        content.put("format", note.format);
        content.put("sections", note.sections.asMap());
        content.put("signer", note.signedByStaffId);
        content.put("signerName", note.signerName);
        content.put("signerCredentials", note.signerCredentials);
        content.put("signedAt", note.signedAt.toString());
        return content;
    }

    private SessionNote note(Actor actor, Session session, boolean lock) {
        return (lock ? notes.findBySessionForUpdate(actor.organization(), session.id)
                : notes.findBySession(actor.organization(), session.id))
                .orElseThrow(() -> new NotFoundProblem("session note", session.id));
    }

    private NoteResponse response(Actor actor, SessionNote note) {
        return NoteResponse.of(note, addenda.ofNote(actor.organization(), note.id));
    }

    private Versioned<NoteResponse> versioned(Actor actor, SessionNote note) {
        return new Versioned<>(response(actor, note), note.version);
    }
}
