package org.peerpath.content.search;

/** How search ranks: by the words, by meaning, or both fused (the default). */
public enum SearchMode {
    LEXICAL,
    SEMANTIC,
    HYBRID;

    boolean usesWords() {
        return this != SEMANTIC;
    }

    boolean usesMeaning() {
        return this != LEXICAL;
    }
}
