package org.peerpath.content.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.peerpath.content.catalog.CatalogWriter;
import org.peerpath.content.common.config.CurriculumConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed files as the first published revision of each entry the database does not have yet. Entries that
 * exist are left alone, so restarts never duplicate and never overwrite edits made through the API.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String SEED_AUTHOR = "seed";
    /** Serialises loaders of several instances starting at once. */
    private static final long LOCK_ID = 0x5eed_c0de;

    @Inject
    EntityManager entityManager;

    @Inject
    CatalogWriter writer;

    @Inject
    CurriculumConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.loadSeedsAtStart()) {
            int added = load();
            LOG.infof("Curriculum seeds: %d entries added", added);
        }
    }

    /** Adds the seed entries that are missing; answers how many it added. */
    @Transactional
    public int load() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_ID + ")").getSingleResult();
        String locale = config.locales().get(0);
        Set<String> existing = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select kind, entry_key from entry where locale = :locale")
                .setParameter("locale", locale).getResultList();
        rows.forEach(row -> existing.add(row[0] + "|" + row[1]));
        List<SeedEntry> seeds = SeedCatalog.load();
        int added = 0;
        for (int i = 0; i < seeds.size(); i++) {
            SeedEntry seed = seeds.get(i);
            if (existing.add(seed.kind() + "|" + seed.key())) {
                writer.createPublished(seed.kind(), seed.key(), locale, seed.topicSlug(), seed.parentKey(), i + 1,
                        seed.title(), seed.document(), SEED_AUTHOR);
                added++;
            }
        }
        return added;
    }
}
