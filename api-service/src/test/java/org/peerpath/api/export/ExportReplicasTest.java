package org.peerpath.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.NoScheduledJobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Every replica runs the export job: a job one replica is counting is left to it by the others. */
@QuarkusTest
@TestProfile(NoScheduledJobs.class)
class ExportReplicasTest {

    @Inject
    ExportService exports;

    @Inject
    EntityManager entityManager;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // without the skip, process() would wait for the lock for ever
    void aJobAnotherReplicaHoldsIsSkippedNotCountedTwice() throws Exception {
        String peer = EhrTestData.peer("Replicas");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(Agency.demo().admin(), peer, client, "NOTES");
        EhrTestData.signNote(peer, Instant.now().minus(2, ChronoUnit.DAYS));
        String location = given().header("Authorization", token).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get("/fhir/r4/Patient/$export?_type=DocumentReference")
                .then().statusCode(202).extract().header("Content-Location");
        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = otherReplica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("select id from export_job where id = ?1 for update")
                        .setParameter(1, job).getResultList();
                locked.countDown();
                awaitQuietly(release);
            }));
            locked.await();
            exports.process();
            assertThat(statusOf(job)).isEqualTo(ExportJob.Status.IN_PROGRESS);
            release.countDown();
            holding.get();
        } finally {
            otherReplica.shutdownNow();
        }

        exports.process();
        assertThat(statusOf(job)).isEqualTo(ExportJob.Status.COMPLETED);
    }

    private ExportJob.Status statusOf(UUID job) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(ExportJob.class, job).status);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
