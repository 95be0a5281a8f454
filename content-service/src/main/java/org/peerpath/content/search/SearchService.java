package org.peerpath.content.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.EntryRepository;
import org.peerpath.content.catalog.Links;
import org.peerpath.model.curriculum.CurriculumRef;
import org.peerpath.model.paging.Page;

import io.quarkus.cache.CacheResult;

/**
 * Ranked search and related entries. Results are ordered by relevance, so pages continue by offset (carried in the
 * cursor); a search reads at most {@link #MAX_RESULTS} hits, which keeps deep pages cheap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    static final int MAX_RESULTS = 200;

    @Inject
    SearchRepository repository;

    @Inject
    EntryRepository entries;

    @Inject
    SentenceEmbedder embedder;

    @Inject
    SemanticIndex index;

    @Inject
    SearchConfig config;

    private final Synonyms synonyms = Synonyms.fromSeeds();

    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<SearchResult> search(SearchQuery query, int limit, String cursor, long version) {
        return page(limit, cursor, (offset, fetch) -> {
            // A query of no letter or digit (punctuation, control characters) has no meaning to embed.
            boolean meaningful = query.text().codePoints().anyMatch(Character::isLetterOrDigit);
            SearchRepository.Nearest nearest = query.mode().usesMeaning() && meaningful
                    ? nearest(List.of(embedder.embed(query.text())), null, version) : SearchRepository.Nearest.NONE;
            return repository.search(query, new SearchRepository.Words(QueryText.parse(query.text()),
                    synonyms.alternativesFor(query.text()), synonyms.firstFor(query.text())), nearest,
                    config.weights(), offset, fetch);
        });
    }

    /** The published entries nearest an entry by meaning ("see also"), nearest first. */
    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<SearchResult> related(String ref, String locale, int limit, String cursor, long version) {
        CurriculumRef parsed = parse(ref);
        Entry entry = entries.findPublished(parsed.kind(), parsed.key(), locale)
                .orElseThrow(() -> new NotFoundProblem("entry", ref));
        List<float[]> vectors = index.vectorsOf(entry.id, version);
        SearchQuery query = new SearchQuery("", locale, null, null, null, null, SearchMode.SEMANTIC);
        return page(limit, cursor, (offset, fetch) -> vectors.isEmpty() ? List.of()
                : repository.search(query, new SearchRepository.Words(QueryText.parse(""), List.of(), List.of()),
                        nearest(vectors, entry.id, version), config.weights(), offset, fetch));
    }

    private interface Ranking {
        List<SearchRepository.Row> rows(int offset, int fetch);
    }

    private Page<SearchResult> page(int limit, String cursor, Ranking ranking) {
        int offset = offsetIn(cursor);
        int fetch = Math.min(limit + 1, MAX_RESULTS - offset);
        List<SearchResult> rows = fetch <= 0 ? List.of()
                : ranking.rows(offset, fetch).stream().map(this::result).toList();
        boolean more = rows.size() > limit;
        List<SearchResult> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? Cursor.encode(Integer.toString(offset + limit)) : null);
    }

    private SearchRepository.Nearest nearest(List<float[]> vectors, UUID except, long version) {
        List<Map.Entry<UUID, Double>> nearest = index.similarities(vectors, version).entrySet().stream()
                .filter(near -> !near.getKey().equals(except) && near.getValue() >= config.minSimilarity())
                .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(config.nearest()).toList();
        return new SearchRepository.Nearest(nearest.stream().map(Map.Entry::getKey).toList(),
                nearest.stream().map(Map.Entry::getValue).toList());
    }

    private SearchResult result(SearchRepository.Row row) {
        int dot = row.key().lastIndexOf('.');
        List<String> shown = new ArrayList<>();
        row.matchedWords().stream().map(synonyms::shown).filter(word -> !shown.contains(word)).forEach(shown::add);
        return new SearchResult(row.kind(), row.kind().prefix() + ":" + row.key(),
                dot < 0 ? row.key() : row.key().substring(dot + 1), row.title(), row.snippet(), row.topic(),
                Math.round(row.score() * 10000) / 10000.0, Links.of(row.kind(), row.key()), List.copyOf(shown),
                row.matchedByMeaning());
    }

    private static CurriculumRef parse(String ref) {
        try {
            return CurriculumRef.parse(ref);
        } catch (IllegalArgumentException unknownKind) {
            throw ProblemException.invalidField("ref", "must name a kind of entry, such as technique:grounding");
        }
    }

    private static int offsetIn(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(Cursor.decode(cursor, 1).get(0));
            if (offset >= 0 && offset < MAX_RESULTS) {
                return offset;
            }
        } catch (NumberFormatException notAnOffset) {
            // answered below
        }
        throw ProblemException.invalidField("cursor", "is not a cursor issued by this search; start again without it");
    }
}
