package org.peerpath.api.seed;

import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo agency's records (seeds/demo/records) when {@code peerpath.demo-data.location} names them, as the
 * local stack does. They are versioned SQL files applied by a Flyway of their own, with its own history table, after
 * the schema's migrations: applied once, in order, never on a deployment that does not ask for them. (Quarkus fixes
 * the main Flyway's locations at build time, so they cannot simply be added there for one run.) Their signed notes
 * are then published as signing publishes a note ({@link DemoNotePublication}).
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "peerpath.demo-data.location")
    Optional<String> location;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoNotePublication notes;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        location.filter(value -> !value.isBlank()).ifPresent(this::load);
    }

    void load(String from) {
        LOG.infof("Demo data from %s: %d files applied", from, apply(dataSource, from));
        LOG.infof("Demo data: %d signed notes published to the EHR side", notes.publishSignedNotes());
    }

    /** Applies the demo files at {@code location} that this database has not had yet; answers how many. */
    static int apply(DataSource target, String location) {
        return Flyway.configure()
                .dataSource(target)
                .locations(location)
                .table("demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
