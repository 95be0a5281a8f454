package org.peerpath.api.export;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.consent.Consent;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.fhir.DisclosedType;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.FhirTypes;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * FHIR Bulk Data export (system, Patient and Group level). A kick-off records a job; a background tick counts what
 * it will hold and completes it; each file is streamed from the database as of the job's transaction time when it
 * is downloaded, one resource per line, without holding the export in memory. Consent is checked again at download,
 * and the disclosures of a file are recorded (and committed) before its first byte leaves.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);
    static final String DELETED = "deleted";
    private static final int BATCH = 500;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager entityManager;

    @Inject
    ConsentGate gate;

    @Inject
    FhirTypes fhirTypes;

    @Inject
    Disclosures disclosures;

    @ConfigProperty(name = "peerpath.export.expires-after", defaultValue = "PT1H")
    Duration expiresAfter;

    public UUID kickOff(ExportJob.Level level, UUID groupId, List<String> types, String since, String outputFormat,
            String prefer, String requestUrl) {
        if (prefer == null || !prefer.toLowerCase().contains("respond-async")) {
            throw new FhirException(400, IssueType.INVALID, "Bulk export is asynchronous: send 'Prefer: respond-async'.");
        }
        if (outputFormat != null && !List.of("application/fhir+ndjson", "application/ndjson", "ndjson")
                .contains(outputFormat)) {
            throw FhirException.invalidParameter("_outputFormat", "must be application/fhir+ndjson");
        }
        List<String> exported = fhirTypes.exported().stream().map(DisclosedType::fhirType).toList();
        List<String> wanted = new ArrayList<>();
        for (String value : types == null ? List.<String>of() : types) {
            for (String type : value.split(",")) {
                String trimmed = type.strip();
                if (!exported.contains(trimmed)) {
                    throw FhirException.invalidParameter("_type", "names '" + trimmed + "', which this server does "
                            + "not export (" + String.join(", ", exported) + ")");
                }
                if (!wanted.contains(trimmed)) {
                    wanted.add(trimmed);
                }
            }
        }
        Instant sinceInstant = null;
        if (since != null && !since.isBlank()) {
            try {
                sinceInstant = java.time.OffsetDateTime.parse(since.strip()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw FhirException.invalidParameter("_since", "must be a FHIR instant such as 2026-11-01T00:00:00Z");
            }
        }
        Actor actor = currentActor.get();
        if (groupId != null && !groupVisible(actor, groupId)) {
            // Bulk Data: a group the client may not see does not exist for it
            throw FhirException.notFound("Group", groupId);
        }
        ExportJob job = new ExportJob();
        job.id = UUID.randomUUID();
        job.organizationId = actor.organization();
        job.clientId = actor.client() == null ? "" : actor.client();
        job.level = level;
        job.groupId = groupId;
        job.types = wanted.isEmpty() ? new ArrayList<>(exported) : wanted;
        job.since = sinceInstant;
        job.transactionTime = Now.instant();
        job.status = ExportJob.Status.IN_PROGRESS;
        job.requestUrl = requestUrl.length() > 2000 ? requestUrl.substring(0, 2000) : requestUrl;
        job.createdAt = job.transactionTime;
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(job));
        return job.id;
    }

    /** The caller's job; 404 for another client's, an expired or a cancelled one. */
    public ExportJob status(UUID jobId) {
        Actor actor = currentActor.get();
        return QuarkusTransaction.requiringNew().call(() -> require(actor, jobId));
    }

    public void cancel(UUID jobId) {
        Actor actor = currentActor.get();
        QuarkusTransaction.requiringNew().run(() -> {
            ExportJob job = require(actor, jobId);
            job.status = ExportJob.Status.CANCELLED;
        });
    }

    /** One file: resources of {@code type} (or the deleted list), as NDJSON streamed from the database. */
    public StreamingOutput file(UUID jobId, String type) {
        Actor actor = currentActor.get();
        ExportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ExportJob found = require(actor, jobId);
            if (found.status != ExportJob.Status.COMPLETED || found.counts == null || !found.counts.containsKey(type)) {
                throw FhirException.notFound("export file", type);
            }
            if (!DELETED.equals(type)) {
                recordDisclosures(actor, found, type);
            }
            return found;
        });
        return output -> QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 65536);
            try {
                if (DELETED.equals(type)) {
                    writeDeleted(job, actor, writer);
                } else {
                    writeResources(job, actor, type, writer);
                }
                writer.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void writeResources(ExportJob job, Actor actor, String type, BufferedWriter writer)
            throws java.io.IOException {
        write(job, actor, fhirTypes.disclosed(type), writer);
    }

    /** Streams the type's rows in key order and maps them a batch at a time, so the export is never held whole. */
    private <T> void write(ExportJob job, Actor actor, DisclosedType<T> type, BufferedWriter writer)
            throws java.io.IOException {
        Query query = entityManager.createNativeQuery(ExportQueries.select(job, type, type.query().alias() + ".*")
                + " order by " + type.query().keyColumn(), type.entity());
        ExportQueries.bind(query, job, actor, type);
        query.setHint(HibernateHints.HINT_FETCH_SIZE, BATCH);
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        var parser = Fhir.CONTEXT.newJsonParser().setPrettyPrint(false);
        try (Stream<?> rows = query.getResultStream()) {
            var iterator = rows.iterator();
            List<T> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(type.entity().cast(iterator.next()));
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    for (Resource resource : type.toFhir(batch)) {
                        writer.write(parser.encodeResourceToString(resource));
                        writer.write('\n');
                    }
                    batch.forEach(entityManager::detach);
                    batch.clear();
                }
            }
        }
    }

    private void writeDeleted(ExportJob job, Actor actor, BufferedWriter writer) throws java.io.IOException {
        var parser = Fhir.CONTEXT.newJsonParser().setPrettyPrint(false);
        for (DisclosedType<?> type : deletable(job)) {
            Query query = entityManager.createNativeQuery(ExportQueries.deleted(job, type));
            ExportQueries.bind(query, job, actor, type);
            query.setHint(HibernateHints.HINT_FETCH_SIZE, BATCH);
            try (Stream<?> rows = query.getResultStream()) {
                var iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Bundle bundle = new Bundle();
                    bundle.setType(Bundle.BundleType.TRANSACTION);
                    bundle.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE)
                            .setUrl(iterator.next().toString());
                    writer.write(parser.encodeResourceToString(bundle));
                    writer.write('\n');
                }
            }
        }
    }

    /** The job's types whose deletions it lists. */
    private List<DisclosedType<?>> deletable(ExportJob job) {
        return job.types.stream().<DisclosedType<?>>map(fhirTypes::disclosed)
                .filter(type -> ExportQueries.listsDeleted(job, type)).toList();
    }

    /** One disclosure per person in the file, recorded before the file is sent. */
    private void recordDisclosures(Actor actor, ExportJob job, String typeName) {
        DisclosedType<?> type = fhirTypes.disclosed(typeName);
        String peerColumn = type.query().peerColumn();
        Query query = entityManager.createNativeQuery(ExportQueries.select(job, type, peerColumn + ", count(*)")
                + " group by " + peerColumn);
        ExportQueries.bind(query, job, actor, type);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString()),
                ((Number) row[1]).longValue()));
        Map<UUID, Consent> consents = gate.consents(actor, counts.keySet(), type.scope());
        counts.forEach((peerId, count) -> {
            Consent consent = consents.get(peerId);
            if (consent != null) {
                disclosures.record(actor, consent, DisclosureChannel.BULK_EXPORT,
                        FhirReader.describe(count, type, DisclosureChannel.BULK_EXPORT) + " " + job.id,
                        "Patient".equals(typeName) ? List.of("Patient/" + peerId) : List.of());
            }
        });
    }

    /** Whether the group (a coach's caseload, named by the coach's staff id) is one of the caller's agency. */
    private boolean groupVisible(Actor actor, UUID groupId) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from staff where organization_id = ?1 and id = ?2").setParameter(1, actor.organization())
                .setParameter(2, groupId).getResultList().isEmpty());
    }

    private ExportJob require(Actor actor, UUID jobId) {
        ExportJob job = entityManager.find(ExportJob.class, jobId);
        if (job == null || !job.organizationId.equals(actor.organization()) || !job.clientId.equals(actor.client())
                || job.status == ExportJob.Status.CANCELLED
                || (job.expiresAt != null && job.expiresAt.isBefore(Instant.now()))) {
            throw FhirException.notFound("export", jobId);
        }
        return job;
    }

    @Scheduled(every = "${peerpath.export.process-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        process();
    }

    /** Counts and completes the jobs in progress, and forgets expired ones. */
    public void process() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select j.id from ExportJob j where j.status = :status order by j.createdAt", UUID.class)
                .setParameter("status", ExportJob.Status.IN_PROGRESS).getResultList());
        for (UUID id : pending) {
            try {
                QuarkusTransaction.requiringNew().run(() -> complete(id));
            } catch (RuntimeException e) {
                LOG.warnf("Export %s failed: %s", id, e.getClass().getName());
                QuarkusTransaction.requiringNew().run(() -> {
                    ExportJob job = entityManager.find(ExportJob.class, id);
                    job.status = ExportJob.Status.FAILED;
                    job.error = "The export could not be prepared.";
                    job.completedAt = Now.instant();
                    job.expiresAt = job.completedAt.plus(expiresAfter);
                });
            }
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                "delete from ExportJob j where j.expiresAt < :now").setParameter("now", Instant.now().minus(
                        Duration.ofDays(1))).executeUpdate());
    }

    private void complete(UUID id) {
        // every replica runs this job: the first to lock the row counts it, the others leave it alone
        if (entityManager.createNativeQuery("select id from export_job where id = ?1 and status = 'IN_PROGRESS' "
                + "for update skip locked").setParameter(1, id).getResultList().isEmpty()) {
            return;
        }
        ExportJob job = entityManager.find(ExportJob.class, id);
        Actor client = ExportQueries.clientOf(job);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : job.types) {
            DisclosedType<?> type = fhirTypes.disclosed(name);
            Query query = entityManager.createNativeQuery("select count(*) from (" + ExportQueries.select(job, type,
                    "1") + ") counted");
            ExportQueries.bind(query, job, client, type);
            counts.put(name, ((Number) query.getSingleResult()).longValue());
        }
        long deleted = 0;
        for (DisclosedType<?> type : deletable(job)) {
            Query query = entityManager.createNativeQuery("select count(*) from (" + ExportQueries.deleted(job, type)
                    + ") counted");
            ExportQueries.bind(query, job, client, type);
            deleted += ((Number) query.getSingleResult()).longValue();
        }
        if (!deletable(job).isEmpty()) {
            counts.put(DELETED, deleted);
        }
        job.counts = new HashMap<>(counts);
        job.status = ExportJob.Status.COMPLETED;
        job.completedAt = Now.instant();
        job.expiresAt = job.completedAt.plus(expiresAfter);
    }
}
