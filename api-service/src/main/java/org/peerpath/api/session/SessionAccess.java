package org.peerpath.api.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

/**
 * Who may do what with sessions and notes: the peer's coaches record and sign, supervisors read and co-sign (through
 * {@link PeerAccess}); only the author signs a note; signing needs a recent login.
 */
@ApplicationScoped
public class SessionAccess {

    @Inject
    PeerAccess peers;

    @Inject
    SessionRepository sessions;

    @Inject
    AuditLog audit;

    @Inject
    NotesConfig config;

    /** The session, if the caller may do {@code need} with it; 404 when they may not see it. */
    public Session require(Actor actor, UUID sessionId, Need need, boolean lock, AuditAction action,
            AuditResourceType type) {
        Session session = (lock ? sessions.findForUpdate(actor.organization(), sessionId)
                : sessions.findInOrganization(actor.organization(), sessionId)).orElse(null);
        if (session == null) {
            audit.denied(actor, action, type, sessionId, null);
            throw new NotFoundProblem("session", sessionId);
        }
        peers.require(actor, session.peerId, need, false, action, type, sessionId);
        return session;
    }

    /**
     * The peer whose sessions the caller wants; locked for the rest of the transaction only when recording one
     * ({@link Need#WRITE_CARE}), so that lists and reads never wait on each other or on a create.
     */
    public Peer requirePeer(Actor actor, UUID peerId, Need need, AuditAction action) {
        return peers.require(actor, peerId, need, need == Need.WRITE_CARE, action, AuditResourceType.SESSION,
                peerId);
    }

    public void requireAuthor(Actor actor, SessionNote note) {
        if (actor.staffId().isEmpty() || !actor.staffId().get().equals(note.authorStaffId)) {
            audit.denied(actor, AuditAction.SIGN, AuditResourceType.SESSION_NOTE, note.sessionId, note.peerId);
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the note's author may sign it.");
        }
    }

    /** Signing needs a login within the configured window (RFC 9470 step-up when it is older). */
    public void requireRecentLogin(Actor actor) {
        Duration window = config.signingLoginWindow();
        Instant authTime = actor.authTime().orElse(null);
        if (authTime == null || authTime.isBefore(Instant.now().minus(window))) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Signing needs a login within the last "
                    + window.toMinutes() + " minutes; log in again and retry.", List.of(),
                    Map.of("WWW-Authenticate", "Bearer error=\"insufficient_user_authentication\", max_age="
                            + window.toSeconds()));
        }
    }
}
