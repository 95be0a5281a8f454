package org.peerpath.model.curriculum;

import java.util.regex.Pattern;

/**
 * A stable reference to a curriculum entry, as api-service stores it: {@code technique:oars},
 * {@code topic:healthy-boundaries}, {@code exercise:healthy-boundaries.saying-no} (entries inside a topic are keyed
 * by the topic's slug and their own, joined by a dot).
 */
public record CurriculumRef(EntryKind kind, String key) {

    public static final String PATTERN = "^[a-z-]+:[a-z0-9-]+(\\.[a-z0-9-]+)*$";
    private static final Pattern SYNTAX = Pattern.compile(PATTERN);

    public static CurriculumRef parse(String ref) {
        if (ref == null || !SYNTAX.matcher(ref).matches()) {
            throw new IllegalArgumentException("not a curriculum reference: " + ref);
        }
        int colon = ref.indexOf(':');
        return new CurriculumRef(EntryKind.fromPrefix(ref.substring(0, colon)), ref.substring(colon + 1));
    }

    @Override
    public String toString() {
        return kind.prefix() + ":" + key;
    }
}
