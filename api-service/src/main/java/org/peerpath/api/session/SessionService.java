package org.peerpath.api.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.agency.AgencySettings;
import org.peerpath.api.agency.AgencySettingsRepository;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.curriculum.RecordReferences;
import org.peerpath.api.goal.GoalRepository;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.peer.PeerStatus;
import org.peerpath.api.servicetime.Party;
import org.peerpath.api.servicetime.ServiceTimeClaims;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/** Sessions: recorded by the peer's coach, units derived here, deletable only while the note is a draft. */
@ApplicationScoped
@Transactional
public class SessionService {

    public static final String SERVICE_CODE = "H0038";

    /** The owner type under which a session's unconfirmed curriculum references are kept. */
    static final String REFERENCE_OWNER = "SESSION";
    static final int MAX_MINUTES = 24 * 60;
    /** How far ahead of the server's clock a session's end may lie (a coach's phone running fast). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    CurrentActor currentActor;

    @Inject
    SessionAccess access;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionNoteRepository notes;

    @Inject
    AgencySettingsRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RecordReferences references;

    @Inject
    GoalRepository goals;

    @Inject
    ServiceTimeClaims serviceTime;

    public Outcome<SessionResponse> create(UUID peerId, CreateSessionRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createSession " + peerId,
                request, SessionResponse.class, () -> {
                    Peer peer = access.requirePeer(actor, peerId, Need.WRITE_CARE, AuditAction.CREATE);
                    if (peer.status == PeerStatus.CONCLUDED) {
                        throw new ProblemException(ProblemType.CONFLICT, "The peer's participation was concluded.");
                    }
                    long minutes = Duration.between(request.startedAt(), request.endedAt()).toMinutes();
                    if (minutes < 1 || minutes > MAX_MINUTES) {
                        throw ProblemException.invalidField("endedAt",
                                "must be at least one minute and at most 24 hours after startedAt");
                    }
                    requireGiven(request, Now.instant());
                    AgencySettings agency = settings.current(actor.organization());
                    NoteFormat format = request.noteFormat() != null ? request.noteFormat()
                            : NoteFormat.valueOf(agency.noteFormat);
                    NoteSections sections = request.note() == null ? NoteSections.EMPTY : request.note();
                    List<FieldError> outside = sections.outside(format, "note.");
                    if (!outside.isEmpty()) {
                        throw new ProblemException(ProblemType.VALIDATION_FAILED, "The note has sections its format "
                                + "does not.", outside);
                    }
                    Instant now = Now.instant();
                    Session session = new Session();
                    session.id = UUID.randomUUID();
                    session.organizationId = actor.organization();
                    session.peerId = peer.id;
                    session.coachStaffId = actor.staffId().orElseThrow();
                    session.startedAt = request.startedAt();
                    session.endedAt = request.endedAt();
                    session.serviceDate = LocalDate.ofInstant(request.startedAt(), ZoneId.of(agency.timeZone));
                    session.minutes = (int) minutes;
                    if (session.serviceDate.isBefore(peer.enrolledOn)) {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, "The session predates the peer's "
                                + "enrolment; if they joined earlier, correct their enrolment date first.",
                                List.of(new FieldError("startedAt", "must not be before the peer's enrolment, on "
                                        + peer.enrolledOn)));
                    }
                    session.serviceCode = SERVICE_CODE;
                    session.modality = request.modality();
                    session.setting = request.setting();
                    session.groupSession = Boolean.TRUE.equals(request.groupSession());
                    session.stages = distinct(request.stages());
                    session.supportTypes = distinct(request.supportTypes());
                    session.topics = distinct(request.topics());
                    session.techniques = distinct(request.techniques());
                    session.goalIds = distinct(request.goalIds());
                    requireGoalsOf(actor, peer, request.goalIds());
                    List<String> unverified = references.check(actor.organization(), REFERENCE_OWNER, session.id,
                            request.topics(), request.techniques());
                    session.riskFlags = request.riskFlags() == null ? new ArrayList<>()
                            : new ArrayList<>(request.riskFlags());
                    session.nextSteps = request.nextSteps();
                    // Taken last (after the curriculum check's call to content-service) and held until commit: the
                    // peer's units read next cannot change before this session's own are stored.
                    List<Party> parties = List.of(Party.peer(peer.id), Party.staff(session.coachStaffId));
                    serviceTime.hold(actor.organization(), parties, session.startedAt, session.endedAt);
                    int used = sessions.unitsOn(actor.organization(), peer.id, session.serviceDate);
                    session.billingUnits = BillingUnits.forSession(agency.billingRounding, session.minutes, used,
                            agency.dailyUnitCap);
                    session.createdBy = actor.subject();
                    session.createdAt = now;
                    session.updatedAt = now;
                    sessions.persist(session);

                    SessionNote note = new SessionNote();
                    note.id = UUID.randomUUID();
                    note.organizationId = actor.organization();
                    note.sessionId = session.id;
                    note.peerId = peer.id;
                    note.format = format;
                    note.sections = sections;
                    note.status = NoteStatus.DRAFT;
                    note.authorStaffId = session.coachStaffId;
                    note.createdAt = now;
                    note.updatedAt = now;
                    notes.persist(note);
                    sessions.flush();
                    serviceTime.claim(actor.organization(), parties, session.startedAt, session.endedAt, session.id);
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.SESSION, session.id, peer.id);
                    return Outcome.created(SessionResponse.of(session, note.status, unverified),
                            "v1/sessions/" + session.id,
                            Versioned.etag(session.version));
                });
    }

    /**
     * A session records a service given, so it has ended (the future belongs to appointments). A device clock a few
     * minutes ahead of ours is tolerated.
     */
    private static void requireGiven(CreateSessionRequest request, Instant now) {
        Instant latest = now.plus(CLOCK_SKEW);
        List<FieldError> errors = new ArrayList<>();
        if (request.startedAt().isAfter(latest)) {
            errors.add(new FieldError("startedAt", "must not be in the future: a session records a service given"));
        }
        if (request.endedAt().isAfter(latest)) {
            errors.add(new FieldError("endedAt", "must not be in the future: a session is recorded once it ended"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A session is recorded after it took place.",
                    errors);
        }
    }

    public Versioned<SessionResponse> get(UUID sessionId) {
        Actor actor = currentActor.get();
        Session session = access.require(actor, sessionId, Need.READ_CARE, false, AuditAction.READ,
                AuditResourceType.SESSION);
        audit.success(actor, AuditAction.READ, AuditResourceType.SESSION, session.id, session.peerId);
        return new Versioned<>(SessionResponse.of(session, noteStatus(actor, session.id),
                references.unverifiedOf(actor.organization(), REFERENCE_OWNER, session.id)), session.version);
    }

    public Page<SessionResponse> list(UUID peerId, PageRequest request) {
        Actor actor = currentActor.get();
        Peer peer = access.requirePeer(actor, peerId, Need.READ_CARE, AuditAction.LIST);
        Instant afterTime = null;
        UUID afterId = null;
        if (!request.isFirst()) {
            List<String> keys = Cursor.decode(request.cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<Session> rows = sessions.page(actor.organization(), peer.id, afterTime, afterId, request.limit + 1);
        Page<Session> page = PagedResponses.page(rows, request.limit,
                s -> Cursor.encode(s.startedAt.toString(), s.id.toString()), Function.identity());
        List<UUID> ids = page.items().stream().map(s -> s.id).toList();
        Map<UUID, NoteStatus> statuses = notes.forSessions(actor.organization(), ids).stream()
                .collect(Collectors.toMap(n -> n.sessionId, n -> n.status));
        audit.listed(actor, AuditAction.LIST, AuditResourceType.SESSION, ids,
                ids.stream().map(id -> peer.id).toList());
        Map<UUID, List<String>> unverified = references.unverifiedOf(actor.organization(), REFERENCE_OWNER, ids);
        return new Page<>(page.items().stream()
                .map(s -> SessionResponse.of(s, statuses.getOrDefault(s.id, NoteStatus.DRAFT),
                        unverified.getOrDefault(s.id, List.of()))).toList(),
                page.nextCursor());
    }

    public void delete(UUID sessionId, String ifMatch) {
        Actor actor = currentActor.get();
        Session session = access.require(actor, sessionId, Need.WRITE_CARE, true, AuditAction.DELETE,
                AuditResourceType.SESSION);
        EntityTags.requireMatch(ifMatch, Versioned.etag(session.version));
        SessionNote note = notes.findBySessionForUpdate(actor.organization(), session.id).orElse(null);
        if (note != null && note.status == NoteStatus.SIGNED) {
            throw new ProblemException(ProblemType.CONFLICT, "The session's note is signed: a signed note and its "
                    + "session are part of the record and can never be deleted. Add an addendum instead.");
        }
        if (note != null) {
            notes.delete(note);
        }
        sessions.delete(session);
        audit.success(actor, AuditAction.DELETE, AuditResourceType.SESSION, session.id, session.peerId);
    }

    private NoteStatus noteStatus(Actor actor, UUID sessionId) {
        return notes.findBySession(actor.organization(), sessionId).map(n -> n.status).orElse(NoteStatus.DRAFT);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    /** Every goal a session addresses must be a goal of the session's peer. */
    private void requireGoalsOf(Actor actor, Peer peer, List<UUID> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) {
            return;
        }
        java.util.Set<UUID> own = new java.util.HashSet<>(goals.idsOfPeer(actor.organization(), peer.id, goalIds));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < goalIds.size(); i++) {
            if (!own.contains(goalIds.get(i))) {
                errors.add(new FieldError("goalIds[" + i + "]", "is not a goal of this peer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "A session addresses only its peer's goals.",
                    errors);
        }
    }
}
