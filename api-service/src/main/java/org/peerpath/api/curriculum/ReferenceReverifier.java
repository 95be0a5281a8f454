package org.peerpath.api.curriculum;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Checks again the references recorded while content-service could not be asked: a verified one is cleared, one that
 * names no entry is flagged for the record's owners to fix, one that still cannot be checked waits for the next run.
 */
@ApplicationScoped
public class ReferenceReverifier {

    private static final int BATCH = 200;

    @Inject
    UnverifiedReferenceRepository unverified;

    @Inject
    CurriculumReferences references;

    @Scheduled(every = "${peerpath.curriculum.reverify-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void reverify() {
        List<UnverifiedReference> pending = unverified.pending(BATCH);
        Map<String, Verification> results = references.verify(pending.stream().map(row -> row.ref).distinct().toList());
        for (UnverifiedReference row : pending) {
            Verification verification = results.get(row.ref);
            if (verification == Verification.VERIFIED) {
                unverified.delete(row);
            } else if (verification == Verification.UNKNOWN) {
                row.foundUnknownAt = Instant.now();
            }
        }
    }
}
