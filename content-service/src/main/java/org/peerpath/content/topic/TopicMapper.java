package org.peerpath.content.topic;

import java.util.List;
import java.util.Map;

import org.peerpath.content.catalog.Documents;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.Links;

final class TopicMapper {

    private TopicMapper() {
    }

    static TopicSummary summary(Entry topic) {
        return Documents.read(topic, TopicSummary.class, Map.of("link", Links.of(topic)));
    }

    static TopicResponse topic(Entry topic, List<SectionResponse> sections) {
        return Documents.read(topic, TopicResponse.class, Map.of()).withSections(sections);
    }

    static SectionResponse section(Entry section, List<ItemResponse> items) {
        return Documents.read(section, SectionResponse.class, Map.of()).withItems(items);
    }

    static ItemResponse item(Entry item) {
        return Documents.read(item, ItemResponse.class, Map.of(
                "kind", item.kind.name(),
                "topic", item.topicSlug,
                "link", Links.of(item)));
    }
}
