package org.peerpath.content.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.peerpath.model.curriculum.EntryKind;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<Entry, UUID> {

    public Optional<Entry> findPublished(EntryKind kind, String key, String locale) {
        return find("kind = ?1 and key = ?2 and locale = ?3 and publishedRevision is not null", kind, key, locale)
                .firstResultOptional();
    }

    public Optional<Entry> findPublishedIn(Collection<EntryKind> kinds, String key, String locale) {
        return find("kind in ?1 and key = ?2 and locale = ?3 and publishedRevision is not null", kinds, key, locale)
                .firstResultOptional();
    }

    public Optional<Entry> findAny(EntryKind kind, String key, String locale) {
        return find("kind = ?1 and key = ?2 and locale = ?3", kind, key, locale).firstResultOptional();
    }

    /** The entry locked for the rest of the transaction, so that concurrent changes line up and see each other. */
    public Optional<Entry> findForUpdate(EntryKind kind, String key, String locale) {
        return find("kind = ?1 and key = ?2 and locale = ?3", kind, key, locale)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The published sections and items of a topic, in document order. */
    public List<Entry> publishedInTopic(String topicSlug, String locale) {
        return list("topicSlug = ?1 and locale = ?2 and kind <> ?3 and publishedRevision is not null "
                + "order by position", topicSlug, locale, EntryKind.TOPIC);
    }

    public int nextPosition() {
        Integer max = getEntityManager().createQuery("select max(e.position) from Entry e", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * One keyset page of published entries of a kind, in document order, fetching {@code limit + 1} rows so the
     * caller can tell whether another page follows.
     */
    @SuppressWarnings("unchecked")
    public List<Entry> listPublished(EntryKind kind, String locale, EntryFilter filter, int afterPosition,
            int limit) {
        StringBuilder sql = new StringBuilder("select * from entry where kind = :kind and locale = :locale "
                + "and published_revision is not null and position > :after");
        if (filter.topicSlug() != null) {
            sql.append(" and (topic_slug = :topic or document->'topics' @> jsonb_build_array(cast(:topic as text)))");
        }
        if (filter.stage() != null) {
            sql.append(" and document->'stages' @> jsonb_build_array(cast(:stage as text))");
        }
        if (filter.category() != null) {
            sql.append(" and document->>'category' = :category");
        }
        if (filter.resourceKind() != null) {
            sql.append(" and document->>'resourceKind' = :resourceKind");
        }
        sql.append(" order by position limit :limit");
        var query = getEntityManager().createNativeQuery(sql.toString(), Entry.class)
                .setParameter("kind", kind.name())
                .setParameter("locale", locale)
                .setParameter("after", afterPosition)
                .setParameter("limit", limit + 1);
        if (filter.topicSlug() != null) {
            query.setParameter("topic", filter.topicSlug());
        }
        if (filter.stage() != null) {
            query.setParameter("stage", filter.stage());
        }
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.resourceKind() != null) {
            query.setParameter("resourceKind", filter.resourceKind());
        }
        return query.getResultList();
    }
}
