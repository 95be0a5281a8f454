package org.peerpath.api.assessment;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerStatus;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.ProblemType;

/** Recording, reading and trending a peer's assessments; scored here, checked by {@link AssessmentAccess}, audited. */
@ApplicationScoped
@Transactional
public class AssessmentService {

    static final int TREND_POINTS = 500;

    @Inject
    CurrentActor currentActor;

    @Inject
    AssessmentAccess access;

    @Inject
    AssessmentRepository assessments;

    @Inject
    InstrumentRepository instruments;

    @Inject
    AgencyInstrumentSettingRepository settings;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    public Outcome<AssessmentResponse> create(UUID peerId, CreateAssessmentRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createAssessment " + peerId,
                request, AssessmentResponse.class, () -> {
                    Peer peer = access.requireRecord(actor, peerId);
                    if (peer.status == PeerStatus.CONCLUDED) {
                        throw new ProblemException(ProblemType.CONFLICT, "The peer's participation was concluded; "
                                + "the record is kept as it was.");
                    }
                    Instrument instrument = instruments.findByIdOptional(request.instrumentId())
                            .orElseThrow(() -> ProblemException.invalidField("instrumentId",
                                    "is not an assessment instrument"));
                    AgencyInstrumentSetting setting = settings.find(actor.organization(), instrument.id).orElse(null);
                    if (instrument.status != InstrumentStatus.ACTIVE || (setting != null && !setting.enabled)) {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, "The instrument " + instrument.code
                                + " version " + instrument.version + " is not in use at this agency.");
                    }
                    Score score = Scoring.score(instrument.definition(),
                            request.answers().stream().map(AnswerRequest::toAnswer).toList());
                    Instant now = Now.instant();
                    Assessment assessment = new Assessment();
                    assessment.id = UUID.randomUUID();
                    assessment.organizationId = actor.organization();
                    assessment.peerId = peer.id;
                    assessment.instrumentId = instrument.id;
                    assessment.administeredAt = request.administeredAt() == null ? now
                            : request.administeredAt().truncatedTo(ChronoUnit.MICROS);
                    assessment.mode = access.selfReporting(actor) ? AdministrationMode.SELF_REPORTED
                            : request.mode() == null ? AdministrationMode.COACH_ADMINISTERED : request.mode();
                    assessment.answers = new ArrayList<>(score.answers());
                    assessment.missingItems = new ArrayList<>(score.missingItems());
                    assessment.complete = score.complete();
                    assessment.totalScore = score.total();
                    assessment.meetsCutoff = score.meetsCutoff();
                    assessment.note = blankToNull(request.note());
                    assessment.recordedBy = actor.subject();
                    assessment.recordedByStaff = actor.staffId().orElse(null);
                    assessment.createdAt = now;
                    assessments.persist(assessment);
                    assessments.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.ASSESSMENT, assessment.id, peer.id);
                    return Outcome.created(AssessmentResponse.of(assessment, instrument, labels(setting, instrument)),
                            "v1/peers/" + peer.id + "/assessments/" + assessment.id,
                            Versioned.etag(assessment.version));
                });
    }

    public Versioned<AssessmentResponse> get(UUID peerId, UUID assessmentId) {
        Actor actor = currentActor.get();
        Peer peer = access.requireRead(actor, peerId, AuditAction.READ, assessmentId);
        Assessment assessment = assessments.findForPeer(actor.organization(), peer.id, assessmentId)
                .orElseThrow(() -> new NotFoundProblem("assessment", assessmentId));
        Instrument instrument = instrument(assessment.instrumentId);
        audit.success(actor, AuditAction.READ, AuditResourceType.ASSESSMENT, assessment.id, peer.id);
        return new Versioned<>(AssessmentResponse.of(assessment, instrument, labels(actor, instrument)),
                assessment.version);
    }

    public Page<AssessmentResponse> list(UUID peerId, UUID instrumentId, PageRequest page) {
        Actor actor = currentActor.get();
        Peer peer = access.requireRead(actor, peerId, AuditAction.LIST, peerId);
        Instant beforeTime = null;
        UUID beforeId = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                beforeTime = Instant.parse(keys.get(0));
                beforeId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<Assessment> rows = assessments.page(actor.organization(), peer.id, instrumentId, beforeTime, beforeId,
                page.limit + 1);
        Map<UUID, Instrument> byId = new HashMap<>();
        Map<UUID, List<ScaleLabel>> labels = new HashMap<>();
        Page<AssessmentResponse> result = PagedResponses.page(rows, page.limit,
                a -> Cursor.encode(a.administeredAt.toString(), a.id.toString()), a -> {
                    Instrument instrument = byId.computeIfAbsent(a.instrumentId, this::instrument);
                    return AssessmentResponse.of(a, instrument,
                            labels.computeIfAbsent(instrument.id, id -> labels(actor, instrument)));
                });
        List<UUID> ids = result.items().stream().map(AssessmentResponse::id).toList();
        audit.listed(actor, AuditAction.LIST, AuditResourceType.ASSESSMENT, ids,
                Collections.nCopies(ids.size(), peer.id));
        return result;
    }

    public TrendResponse trend(UUID peerId, UUID instrumentId) {
        Actor actor = currentActor.get();
        Peer peer = access.requireRead(actor, peerId, AuditAction.READ, peerId);
        Instrument instrument = instruments.findByIdOptional(instrumentId)
                .orElseThrow(() -> ProblemException.invalidField("instrumentId", "is not an assessment instrument"));
        List<Assessment> newestFirst = assessments.latestComplete(actor.organization(), peer.id, instrument.id,
                TREND_POINTS);
        List<TrendPoint> points = new ArrayList<>(newestFirst.stream()
                .map(a -> new TrendPoint(a.id, a.administeredAt, a.totalScore, a.meetsCutoff)).toList());
        Collections.reverse(points);
        int incomplete = (int) assessments.countIncomplete(actor.organization(), peer.id, instrument.id);
        audit.success(actor, AuditAction.READ, AuditResourceType.ASSESSMENT, null, peer.id);
        return TrendResponse.of(peer.id, instrument, new Trend(points, instrument.cutoff, incomplete));
    }

    private Instrument instrument(UUID instrumentId) {
        return instruments.findByIdOptional(instrumentId)
                .orElseThrow(() -> new NotFoundProblem("assessment instrument", instrumentId));
    }

    private List<ScaleLabel> labels(Actor actor, Instrument instrument) {
        return labels(settings.find(actor.organization(), instrument.id).orElse(null), instrument);
    }

    private static List<ScaleLabel> labels(AgencyInstrumentSetting setting, Instrument instrument) {
        return setting != null && setting.scaleLabels != null ? setting.scaleLabels : instrument.scaleLabels;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
