package org.peerpath.content.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.peerpath.content.catalog.Links;
import org.peerpath.model.curriculum.EntryKind;

/**
 * Full-text search over the published curriculum: PostgreSQL's English text search ranks the hits (title weighted
 * above body), and trigram similarity on titles catches small typos ("grondng" finds grounding).
 */
@ApplicationScoped
public class SearchRepository {

    /** A topic outranks an entry that matches as well, since it is where a reader starts. */
    static final double TOPIC_BOOST = 0.25;

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<SearchResult> search(SearchQuery search, List<String> alternatives, int offset, int limit) {
        StringBuilder tsquery = new StringBuilder("websearch_to_tsquery('english', :q)");
        for (int i = 0; i < alternatives.size(); i++) {
            tsquery.append(" || phraseto_tsquery('english', :alt").append(i).append(')');
        }
        StringBuilder sql = new StringBuilder("select e.kind, e.entry_key, e.title, e.topic_slug, "
                + "ts_headline('english', e.title || E'\\n' || e.search_text, query, "
                + "'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=35, MinWords=12') as snippet, "
                + "ts_rank_cd(e.search_vector, query, 32) + 0.5 * word_similarity(:q, e.title) "
                + "+ case when e.kind = 'TOPIC' then " + TOPIC_BOOST + " else 0 end as score "
                + "from entry e, (select ").append(tsquery).append(" as query) q "
                + "where e.locale = :locale and e.published_revision is not null and e.kind <> 'OVERVIEW' "
                + "and (e.search_vector @@ query or :q <% e.title)");
        if (search.kind() != null) {
            sql.append(" and e.kind = :kind");
        }
        if (search.topic() != null) {
            sql.append(" and (e.topic_slug = :topic or e.document->'topics' @> jsonb_build_array(cast(:topic as text)))");
        }
        if (search.stage() != null) {
            sql.append(" and (e.document->'stages' @> jsonb_build_array(cast(:stage as text)) "
                    + "or (e.kind = 'STAGE' and e.entry_key = :stage))");
        }
        sql.append(" order by score desc, e.position limit :limit offset :offset");
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("q", search.text())
                .setParameter("locale", search.locale())
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        for (int i = 0; i < alternatives.size(); i++) {
            query.setParameter("alt" + i, alternatives.get(i));
        }
        if (search.kind() != null) {
            query.setParameter("kind", search.kind().name());
        }
        if (search.topic() != null) {
            query.setParameter("topic", search.topic());
        }
        if (search.stage() != null) {
            query.setParameter("stage", search.stage());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(SearchRepository::result).toList();
    }

    private static SearchResult result(Object[] row) {
        EntryKind kind = EntryKind.valueOf((String) row[0]);
        String key = (String) row[1];
        int dot = key.lastIndexOf('.');
        return new SearchResult(kind, kind.prefix() + ":" + key, dot < 0 ? key : key.substring(dot + 1),
                (String) row[2], (String) row[4], (String) row[3], Math.round(((Number) row[5]).doubleValue() * 1000)
                        / 1000.0, Links.of(kind, key));
    }
}
