package org.peerpath.content.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peerpath.content.catalog.Documents;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.Links;
import org.peerpath.content.catalog.Part;
import org.peerpath.content.catalog.Source;
import org.peerpath.model.curriculum.EntryKind;

/** Shapes stages, support types, principles, contexts, techniques and overviews from their documents. */
public final class ProcessMapper {

    private ProcessMapper() {
    }

    public static <T> T read(Entry entry, Class<T> type) {
        if (entry.kind == EntryKind.OVERVIEW) {
            return type.cast(overview(entry));
        }
        return Documents.read(entry, type, Map.of("link", Links.of(entry)));
    }

    /** Every map-valued field of an overview's document other than its source is one of its parts. */
    @SuppressWarnings("unchecked")
    private static OverviewResponse overview(Entry entry) {
        Map<String, Object> document = entry.document;
        List<OverviewResponse.OverviewPart> parts = new ArrayList<>();
        document.forEach((key, value) -> {
            if (!key.equals("source") && value instanceof Map<?, ?> map) {
                Map<String, Object> part = (Map<String, Object>) map;
                List<Part> items = part.get("items") instanceof List<?> list
                        ? list.stream().map(item -> Documents.read((Map<String, Object>) item, Part.class)).toList()
                        : null;
                parts.add(new OverviewResponse.OverviewPart(key, (String) part.get("title"),
                        (String) part.get("subtitle"), (String) part.get("author"), (String) part.get("intro"),
                        (String) part.get("description"), items, source(part)));
            }
        });
        return new OverviewResponse(entry.slug(), entry.ref().toString(), (String) document.get("title"),
                (String) document.get("intro"), (String) document.get("closing"), source(document),
                parts.isEmpty() ? null : parts, Links.of(entry));
    }

    @SuppressWarnings("unchecked")
    private static Source source(Map<String, Object> document) {
        return document.get("source") instanceof Map<?, ?> source
                ? Documents.read((Map<String, Object>) source, Source.class)
                : null;
    }
}
