package org.peerpath.content.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.model.paging.Page;

import io.quarkus.cache.CacheResult;

/**
 * Ranked search. Results are ordered by relevance, so pages continue by offset (carried in the cursor); a search
 * reads at most {@link #MAX_RESULTS} hits, which keeps deep pages cheap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    static final int MAX_RESULTS = 200;

    @Inject
    SearchRepository repository;

    private final Synonyms synonyms = Synonyms.fromSeeds();

    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<SearchResult> search(SearchQuery query, int limit, String cursor, long version) {
        int offset = offsetIn(cursor);
        int fetch = Math.min(limit + 1, MAX_RESULTS - offset);
        List<SearchResult> rows = fetch <= 0 ? List.of()
                : repository.search(query, synonyms.alternativesFor(query.text()), offset, fetch);
        boolean more = rows.size() > limit;
        List<SearchResult> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? Cursor.encode(Integer.toString(offset + limit)) : null);
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
