package org.peerpath.content.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.EntryPublished;

import io.quarkus.runtime.StartupEvent;

/**
 * The embeddings of the published curriculum, held in memory (a few hundred vectors of 384 floats; the embedded
 * PostgreSQL has no pgvector). An entry's embedding is computed and stored when it is published; at start the
 * entries without one by the running model are embedded, then all are loaded. Another instance's publish bumps the
 * catalog version, on which the vectors are read again.
 */
@ApplicationScoped
public class SemanticIndex {

    private static final Logger LOG = Logger.getLogger(SemanticIndex.class);

    @Inject
    SentenceEmbedder embedder;

    @Inject
    EmbeddingRepository repository;

    @Inject
    CatalogVersion catalogVersion;

    /** Set once the start-up embedding is done; publishes before it (the seed) are read at its end. */
    private volatile boolean ready;

    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    /** After the seed loader (which observes at the default priority), so that the seed is embedded with it. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        long started = System.nanoTime();
        // The first embedding loads the model and pays its one-time costs here rather than in the first search.
        embedder.embed("warm up");
        LOG.infof("Search embedding model %s loaded in %d ms", embedder.model(),
                (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        List<Object[]> missing = repository.missing(embedder.model());
        for (Object[] row : missing) {
            repository.save((UUID) row[0], embedder.model(), embed((String) row[1], (String) row[2]));
        }
        LOG.infof("Search embeddings (%s): %d computed in %d ms", embedder.model(), missing.size(),
                (System.nanoTime() - started) / 1_000_000);
        current(catalogVersion.current());
        ready = true;
    }

    /** This instance's publishes are read at once, so that no search request pays for reading the vectors. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void afterPublish(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryPublished published) {
        if (ready) {
            current(catalogVersion.current());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublish(@Observes EntryPublished published) {
        Entry entry = published.entry();
        repository.save(entry.id, embedder.model(), embed(entry.title, entry.searchText));
    }

    /**
     * The similarity of every published entry to the vectors, as of the given catalog version: the highest cosine
     * similarity of any of its passages to any of the vectors.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Double> similarities(List<float[]> vectors, long catalogVersion) {
        Map<UUID, Double> similarities = new HashMap<>();
        current(catalogVersion).vectors.forEach((id, passages) -> {
            double best = -1;
            for (float[] passage : passages) {
                for (float[] vector : vectors) {
                    best = Math.max(best, Vectors.dot(vector, passage));
                }
            }
            similarities.put(id, best);
        });
        return similarities;
    }

    /** The passage vectors of a published entry; empty if it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<float[]> vectorsOf(UUID entryId, long catalogVersion) {
        return current(catalogVersion).vectors.getOrDefault(entryId, List.of());
    }

    private Snapshot current(long catalogVersion) {
        Snapshot held = snapshot;
        if (held.version == catalogVersion) {
            return held;
        }
        synchronized (this) {
            if (snapshot.version != catalogVersion) {
                Map<UUID, List<float[]>> vectors = new HashMap<>();
                repository.published(embedder.model()).forEach(row -> vectors
                        .computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(Vectors.fromBytes((byte[]) row[1])));
                snapshot = new Snapshot(catalogVersion, Map.copyOf(vectors));
            }
            return snapshot;
        }
    }

    private List<float[]> embed(String title, String searchText) {
        return Passages.of(title, searchText).stream().map(embedder::embed).toList();
    }

    private record Snapshot(long version, Map<UUID, List<float[]>> vectors) {
    }
}
