package org.peerpath.content.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a document that search indexes below its title: every prose value, not slugs, sources, links or
 * codes. The entry's own title is indexed separately with a higher weight; titles of nested parts count as prose.
 */
public final class SearchText {

    private static final Set<String> NOT_PROSE = Set.of("slug", "source", "techniques", "technique", "stages",
            "topics", "url", "number", "kind", "resourceKind", "category", "descriptionEditorial");

    private SearchText() {
    }

    public static String of(Map<String, Object> document) {
        StringBuilder text = new StringBuilder();
        document.forEach((key, value) -> {
            if (!key.equals("title") && !NOT_PROSE.contains(key)) {
                collect(value, text);
            }
        });
        return text.toString().trim();
    }

    private static void collect(Object value, StringBuilder text) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) -> {
                if (!NOT_PROSE.contains(String.valueOf(key))) {
                    collect(nested, text);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(nested -> collect(nested, text));
        } else if (value instanceof String string && !string.isBlank()) {
            text.append(string).append('\n');
        }
    }
}
