package org.peerpath.model.curriculum;

/** The kinds of curriculum entry. Their lower-case names prefix curriculum references ({@code technique:oars}). */
public enum EntryKind {
    TOPIC,
    SECTION,
    STRATEGY,
    EXERCISE,
    RESOURCE,
    PRACTICE,
    STAGE,
    TECHNIQUE,
    SUPPORT_TYPE,
    PRINCIPLE,
    CONTEXT,
    /** The introduction of a collection (the topics, the stages, ...): its title, intro and closing text. */
    OVERVIEW;

    /** The prefix of this kind in a reference: {@code support-type} for {@link #SUPPORT_TYPE}. */
    public String prefix() {
        return name().toLowerCase().replace('_', '-');
    }

    public static EntryKind fromPrefix(String prefix) {
        for (EntryKind kind : values()) {
            if (kind.prefix().equals(prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown curriculum kind: " + prefix);
    }
}
