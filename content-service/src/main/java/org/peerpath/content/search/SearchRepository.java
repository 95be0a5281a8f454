package org.peerpath.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.peerpath.model.curriculum.EntryKind;

/**
 * Ranked search over the published curriculum in one statement. Lexical: PostgreSQL's English text search over any
 * of the query's words (title weighted above body; more matched words rank higher) and trigram similarity of each
 * word to the titles, which catches small typos ("grondng" finds grounding). Semantic: the entries nearest the query
 * by meaning, ranked in memory and passed in. The two rankings are fused by reciprocal rank, and the filters apply
 * to both, so that each is ranked among what the caller can see.
 */
@ApplicationScoped
public class SearchRepository {

    /** An entry's reference (technique:grounding) in SQL. */
    private static final String REF = "replace(lower(e.kind), '_', '-') || ':' || e.entry_key";

    /** The topic boost in the fused score: about the gap between the 1st and the 10th semantic rank. */
    static final double FUSED_TOPIC_BOOST = 0.005;

    /** A topic outranks an entry that matches as well, since it is where a reader starts. */
    static final double TOPIC_BOOST = 0.25;

    @Inject
    EntityManager entityManager;

    /**
     * The words of a query: its terms and exclusions, the vocabulary's alternatives, and the entries the vocabulary
     * shows first for it (references).
     */
    public record Words(QueryText text, List<String> alternatives, List<String> first) {

        List<String> matchable() {
            List<String> all = new ArrayList<>(text.terms());
            all.addAll(alternatives);
            return all;
        }
    }

    /** Entries near the query by meaning, most similar first, with their cosine similarities. */
    public record Nearest(List<UUID> ids, List<Double> similarities) {

        static final Nearest NONE = new Nearest(List.of(), List.of());
    }

    /** One fused hit before it is shown: the matched phrases as stored, unmapped. */
    record Row(EntryKind kind, String key, String title, String topic, String snippet, double score,
            List<String> matchedWords, boolean matchedByMeaning) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> search(SearchQuery search, Words words, Nearest nearest, FusionWeights weights, int offset,
            int limit) {
        String lexicalMatch = search.mode().usesWords()
                ? "(e.search_vector @@ q.query or exists (select 1 from unnest(cast(:typoWords as text[])) w "
                        + "where w <% e.title))"
                : "false";
        StringBuilder sql = new StringBuilder("with published as (select count(*) as n from entry "
                + "where locale = :locale and published_revision is not null), "
                // The query's words and the vocabulary's alternatives as lexemes, each weighted by how rare it is
                // in the curriculum (inverse document frequency), so that "peer" or "help" barely count.
                + "terms as (select l.lexeme, ln((p.n + 1.0) / (coalesce(s.ndoc, 0) + 0.5)) as idf, "
                + "cast(quote_literal(l.lexeme) as tsquery) as in_text, "
                + "cast(quote_literal(l.lexeme) || ':A' as tsquery) as in_title "
                + "from unnest(tsvector_to_array(to_tsvector('english', :bag))) as l(lexeme) cross join published p "
                + "left join ts_stat('select search_vector from entry where published_revision is not null') s "
                + "on s.word = l.lexeme), "
                + "q as (select cast(coalesce((select string_agg(quote_literal(lexeme), ' | ') from terms), '') "
                + "as tsquery) as query), "
                + "nearest as (select * from unnest(cast(:nearIds as uuid[]), cast(:nearScores as float8[])) "
                + "as n(id, similarity)), "
                + "candidates as (select e.id, e.kind, e.entry_key, e.title, e.topic_slug, e.search_text, "
                + "e.search_vector, e.position, n.similarity, case when ").append(lexicalMatch)
                // Each matched word counts its rarity, twice in the title; a typo counts by its likeness to the title.
                .append(" then coalesce((select sum(t.idf * case when e.search_vector @@ t.in_title then 2 else 1 end) "
                        + "from terms t where e.search_vector @@ t.in_text), 0) "
                        + "+ coalesce((select 2 * max(word_similarity(w, e.title)) "
                        + "from unnest(cast(:typoWords as text[])) w where w <% e.title), 0) "
                        + "+ case when e.kind = 'TOPIC' then " + TOPIC_BOOST + " else 0 end end as lexical "
                        + "from entry e cross join q left join nearest n on n.id = e.id "
                        + "where e.locale = :locale and e.published_revision is not null "
                        + "and (n.id is not null or ").append(lexicalMatch)
                .append(" or array_position(cast(:first as text[]), ").append(REF).append(") is not null)");
        if (!words.text().noneOf().isEmpty()) {
            sql.append(" and not e.search_vector @@ websearch_to_tsquery('english', :noneOf)");
        }
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
        if (search.supportType() != null) {
            sql.append(" and (e.document->'supportTypes' @> jsonb_build_array(cast(:supportType as text)) "
                    + "or (e.kind = 'SUPPORT_TYPE' and e.entry_key = :supportType))");
        }
        sql.append("), ranked as (select c.*, "
                + "case when c.lexical is not null then rank() over (partition by c.lexical is null "
                + "order by c.lexical desc) end as lexical_rank, "
                + "case when c.similarity is not null then rank() over (partition by c.similarity is null "
                + "order by c.similarity desc) end as semantic_rank from candidates c), "
                + "page as (select r.*, coalesce(:lexicalWeight / (:rankOffset + r.lexical_rank), 0) "
                + "+ coalesce(:semanticWeight / (:rankOffset + r.semantic_rank), 0) "
                // A topic matching the words outranks an entry ranked about as well: a reader starts there.
                + "+ case when r.kind = 'TOPIC' and r.lexical is not null then " + FUSED_TOPIC_BOOST + " else 0 end "
                // Fused scores stay below 1, so the entries shown first lead in their order.
                + "+ coalesce(100 - array_position(cast(:first as text[]), replace(lower(r.kind), '_', '-') || ':' "
                + "|| r.entry_key), 0) as score from ranked r "
                + "order by score desc, r.position limit :limit offset :offset) "
                + "select p.kind, p.entry_key, p.title, p.topic_slug, "
                + "ts_headline('english', p.title || E'\\n' || p.search_text, q.query, "
                + "'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=35, MinWords=12') as snippet, "
                + "p.score, array(select t from unnest(cast(:matchable as text[])) t "
                + "where p.lexical is not null and (p.search_vector @@ phraseto_tsquery('english', t) "
                + "or (length(t) >= 4 and t <% p.title))) as matched, p.similarity is not null as by_meaning "
                + "from page p cross join q order by p.score desc, p.position");
        Query query = entityManager.createNativeQuery(sql.toString())
                .setParameter("bag", String.join(" ", words.matchable()))
                .setParameter("first", search.mode().usesWords() ? words.first().toArray(String[]::new)
                        : new String[0])
                .setParameter("matchable", words.matchable().toArray(String[]::new))
                .setParameter("nearIds", nearest.ids().toArray(UUID[]::new))
                .setParameter("nearScores", nearest.similarities().toArray(Double[]::new))
                .setParameter("lexicalWeight", weights.lexical())
                .setParameter("semanticWeight", weights.semantic())
                .setParameter("rankOffset", weights.rankOffset())
                .setParameter("locale", search.locale())
                .setParameter("limit", limit)
                .setParameter("offset", offset);
        query.setParameter("typoWords", search.mode().usesWords()
                ? words.text().terms().stream().filter(t -> t.length() >= 4).toArray(String[]::new) : new String[0]);
        if (!words.text().noneOf().isEmpty()) {
            query.setParameter("noneOf", words.text().noneOf());
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
        if (search.supportType() != null) {
            query.setParameter("supportType", search.supportType());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(SearchRepository::row).toList();
    }

    private static Row row(Object[] row) {
        return new Row(EntryKind.valueOf((String) row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], ((Number) row[5]).doubleValue(), List.of((String[]) row[6]), (Boolean) row[7]);
    }
}
