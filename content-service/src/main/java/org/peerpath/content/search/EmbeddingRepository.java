package org.peerpath.content.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The stored embeddings of published entries ({@code entry_embedding}). */
@ApplicationScoped
public class EmbeddingRepository {

    @Inject
    EntityManager entityManager;

    /** Replaces the entry's passage vectors. */
    public void save(UUID entryId, String model, List<float[]> vectors) {
        entityManager.createNativeQuery("delete from entry_embedding where entry_id = :id").setParameter("id", entryId)
                .executeUpdate();
        Instant now = Instant.now();
        for (int chunk = 0; chunk < vectors.size(); chunk++) {
            entityManager.createNativeQuery("insert into entry_embedding (entry_id, chunk, model, vector, updated_at) "
                    + "values (:id, :chunk, :model, :vector, :now)")
                    .setParameter("id", entryId).setParameter("chunk", chunk).setParameter("model", model)
                    .setParameter("vector", Vectors.toBytes(vectors.get(chunk))).setParameter("now", now)
                    .executeUpdate();
        }
    }

    /** Published entries with no embedding by this model yet: id, title, search text. */
    @SuppressWarnings("unchecked")
    public List<Object[]> missing(String model) {
        return entityManager.createNativeQuery("select e.id, e.title, e.search_text from entry e "
                + "where e.published_revision is not null and not exists (select 1 from entry_embedding x "
                + "where x.entry_id = e.id and x.model = :model)")
                .setParameter("model", model).getResultList();
    }

    /** The passage embeddings of published entries by this model: entry id, vector bytes; by entry and chunk. */
    @SuppressWarnings("unchecked")
    public List<Object[]> published(String model) {
        return entityManager.createNativeQuery("select x.entry_id, x.vector from entry_embedding x "
                + "join entry e on e.id = x.entry_id where e.published_revision is not null and x.model = :model "
                + "order by x.entry_id, x.chunk")
                .setParameter("model", model).getResultList();
    }
}
