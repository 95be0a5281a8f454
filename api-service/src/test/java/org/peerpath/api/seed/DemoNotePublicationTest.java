package org.peerpath.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.staff.Actor;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo agency's signed note, written by the demo SQL, is published as signing publishes a note: an EHR copy, a
 * NOTE_SIGNED change (the feed and the webhook outbox), for the peer the demo EHR client's consent covers. All in one
 * test transaction that is rolled back, so the shared test database keeps no demo rows.
 */
@QuarkusTest
class DemoNotePublicationTest {

    private static final Path SEEDS = Path.of("..", "seeds", "demo", "records");
    private static final String SIGNED_NOTE = "8d000000-0000-4000-8000-000000000001";
    private static final String DRAFT_NOTE = "8d000000-0000-4000-8000-000000000002";
    private static final String PAT = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01";

    @Inject
    DemoNotePublication publication;

    @Inject
    EntityManager entityManager;

    @Inject
    ConsentGate gate;

    @Test
    @TestTransaction
    void theDemoSignedNoteIsPublishedOnceForTheConsentedDemoPeer() {
        applyDemoSeeds();
        assertThat(count("select count(*) from ehr_document where id = '" + SIGNED_NOTE + "'")).isZero();

        assertThat(publication.publishSignedNotes()).isPositive();

        List<?> copy = entityManager.createNativeQuery("select cast(d.peer_id as text), d.kind, "
                + "d.content_hash = n.content_hash, d.author_name, d.withdrawn_at is null from ehr_document d "
                + "join session_note n on n.id = d.id where d.id = cast(?1 as uuid)")
                .setParameter(1, SIGNED_NOTE).getResultList();
        assertThat(copy).hasSize(1);
        assertThat((Object[]) copy.get(0)).containsExactly(PAT, "NOTE", true, "Casey Coach", true);
        assertThat(count("select count(*) from ehr_change where kind = 'NOTE_SIGNED' and document_id = '"
                + SIGNED_NOTE + "'")).isEqualTo(1);
        assertThat(count("select count(*) from ehr_document where id = '" + DRAFT_NOTE + "'")).isZero();
        // the demo EHR client's consent covers the note's peer, as the gate every EHR path asks decides
        Actor demoEhr = new Actor("demo-agency", "service-account-peerpath-ehr-demo", "Demo EHR",
                Set.of("ehr-client"), Optional.empty(), Optional.empty(), "peerpath-ehr-demo",
                Optional.empty());
        assertThat(gate.consents(demoEhr, List.of(UUID.fromString(PAT)), ConsentScope.NOTES))
                .containsKey(UUID.fromString(PAT));

        // publishing again (the next start of the local stack) changes nothing
        assertThat(publication.publishSignedNotes()).isZero();
        assertThat(count("select count(*) from ehr_change where document_id = '" + SIGNED_NOTE + "'"))
                .isEqualTo(1);
    }

    private void applyDemoSeeds() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement();
                    var files = Files.list(SEEDS)) {
                for (Path seed : files.sorted().toList()) {
                    statement.execute(Files.readString(seed));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
