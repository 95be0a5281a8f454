package org.peerpath.api.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.ContentServiceStub;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CurriculumReferencesTest {

    private static final String AGENCY = "demo-agency";

    @Inject
    CurriculumReferences references;

    @Inject
    ReferenceReverifier reverifier;

    @Inject
    UnverifiedReferenceRepository unverified;

    @ConfigProperty(name = ContentServiceStub.PORT_PROPERTY)
    int stubPort;

    @AfterEach
    void contentServiceIsBack() {
        ContentServiceStub.up(stubPort);
    }

    @Test
    void knownReferencesPass() {
        UUID owner = UUID.randomUUID();
        List<String> pending = QuarkusTransaction.requiringNew().call(() -> references.check(AGENCY, "techniques",
                List.of("technique:grounding", "topic:healthy-boundaries"), "SESSION", owner));
        assertThat(pending).isEmpty();
    }

    @Test
    void anUnknownReferenceIsA422NamingTheField() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> references.check(AGENCY, "techniques",
                List.of("technique:grounding", "technique:juggling"), "SESSION", UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type().status()).isEqualTo(422);
                    assertThat(problem.errors()).extracting(FieldError::field).containsExactly("techniques[1]");
                });
    }

    @Test
    void whileContentServiceIsDownReferencesAreKeptAndCheckedLater() throws InterruptedException {
        UUID owner = UUID.randomUUID();
        ContentServiceStub.down(stubPort);
        List<String> pending = QuarkusTransaction.requiringNew().call(() -> references.check(AGENCY, "techniques",
                List.of("technique:box-breathing"), "GOAL", owner));
        assertThat(pending).containsExactly("technique:box-breathing");
        assertThat(QuarkusTransaction.requiringNew().call(() -> unverified.refsOf(AGENCY, "GOAL", owner)))
                .containsExactly("technique:box-breathing");

        ContentServiceStub.up(stubPort);
        Thread.sleep(300); // the circuit breaker's test delay, so that it lets calls through again
        reverifier.reverify();

        assertThat(QuarkusTransaction.requiringNew().call(() -> unverified.refsOf(AGENCY, "GOAL", owner))).isEmpty();
    }

    @Test
    void aReplicaSkipsTheReferencesAnotherReplicaIsChecking() throws Exception {
        UUID owner = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> unverified.replace(AGENCY, "SESSION", owner,
                List.of("technique:grounding"), Instant.now()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            Future<List<UUID>> checking = otherReplica.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> owners = pendingOwners();
                locked.countDown();
                release.await();
                return owners;
            }));
            locked.await();
            assertThat(QuarkusTransaction.requiringNew().call(this::pendingOwners)).doesNotContain(owner);
            release.countDown();
            assertThat(checking.get()).contains(owner);
        } finally {
            otherReplica.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(this::pendingOwners)).contains(owner);
    }

    private List<UUID> pendingOwners() {
        return unverified.pending(10_000).stream().map(row -> row.ownerId).toList();
    }
}
