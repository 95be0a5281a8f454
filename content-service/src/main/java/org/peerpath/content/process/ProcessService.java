package org.peerpath.content.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.content.catalog.CatalogReader;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.catalog.EntryFilter;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

import io.quarkus.cache.CacheResult;

/**
 * The reference entries that stand on their own (stages, techniques, support types, principles, contexts,
 * overviews): lists in document order and single entries, shaped as {@code type}. {@code version} keys the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcessService {

    @Inject
    CatalogReader reader;

    @CacheResult(cacheName = CurriculumCache.NAME)
    public <T> Page<T> list(EntryKind kind, Class<T> type, EntryFilter filter, String locale, int limit,
            String cursor, long version) {
        return reader.page(kind, locale, filter, limit, cursor, entry -> ProcessMapper.read(entry, type));
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public <T> T one(EntryKind kind, Class<T> type, String slug, String locale, long version) {
        return ProcessMapper.read(reader.one(kind, slug, locale), type);
    }
}
