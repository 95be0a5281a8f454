package org.peerpath.content.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.content.catalog.CatalogReader;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.EntryFilter;
import org.peerpath.content.catalog.EntryRepository;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

import io.quarkus.cache.CacheResult;

/**
 * Topics with their sections and items, and the cross-topic lists of exercises and resources. The {@code version}
 * parameters are the catalog version: they key the cache, so a publish anywhere retires what it replaced.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicService {

    private static final Set<EntryKind> ITEM_KINDS = Set.of(EntryKind.STRATEGY, EntryKind.EXERCISE,
            EntryKind.RESOURCE, EntryKind.PRACTICE);

    @Inject
    CatalogReader reader;

    @Inject
    EntryRepository entries;

    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<TopicSummary> topics(String locale, int limit, String cursor, long version) {
        return reader.page(EntryKind.TOPIC, locale, EntryFilter.NONE, limit, cursor, TopicMapper::summary);
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public TopicResponse topic(String slug, String locale, long version) {
        Entry topic = reader.one(EntryKind.TOPIC, slug, locale);
        List<Entry> children = entries.publishedInTopic(slug, locale);
        Map<String, List<ItemResponse>> itemsBySection = new LinkedHashMap<>();
        List<Entry> sections = new ArrayList<>();
        for (Entry child : children) {
            if (child.kind == EntryKind.SECTION) {
                sections.add(child);
            } else {
                itemsBySection.computeIfAbsent(child.parentKey, key -> new ArrayList<>()).add(TopicMapper.item(child));
            }
        }
        List<SectionResponse> sectionResponses = sections.stream()
                .map(section -> TopicMapper.section(section, itemsBySection.getOrDefault(section.key, List.of())))
                .toList();
        return TopicMapper.topic(topic, sectionResponses);
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public SectionResponse section(String topicSlug, String sectionSlug, String locale, long version) {
        return topic(topicSlug, locale, version).sections().stream()
                .filter(section -> section.slug().equals(sectionSlug))
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("section", topicSlug + "." + sectionSlug));
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public ItemResponse item(String topicSlug, String itemSlug, String locale, long version) {
        String key = topicSlug + "." + itemSlug;
        return entries.findPublishedIn(ITEM_KINDS, key, locale)
                .map(TopicMapper::item)
                .orElseThrow(() -> new NotFoundProblem("item", key));
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<ItemResponse> exercises(String topicSlug, String locale, int limit, String cursor, long version) {
        return reader.page(EntryKind.EXERCISE, locale, EntryFilter.topic(topicSlug), limit, cursor, TopicMapper::item);
    }

    @CacheResult(cacheName = CurriculumCache.NAME)
    public Page<ItemResponse> resources(String category, String resourceKind, String locale, int limit,
            String cursor, long version) {
        return reader.page(EntryKind.RESOURCE, locale, new EntryFilter(null, null, category, resourceKind), limit,
                cursor, TopicMapper::item);
    }
}
