package org.peerpath.content.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages an entry is embedded as. A sentence-embedding model reads a few hundred tokens at most, and one
 * vector averaged over a long overview resembles every query a little and none well; so the prose is cut at its
 * line breaks into passages of about {@link #WORDS} words, each led by the entry's title.
 */
final class Passages {

    static final int WORDS = 80;

    private Passages() {
    }

    static List<String> of(String title, String searchText) {
        List<String> passages = new ArrayList<>();
        StringBuilder passage = new StringBuilder();
        int words = 0;
        for (String line : (searchText == null ? "" : searchText).split("\n")) {
            int lineWords = line.isBlank() ? 0 : line.strip().split("\\s+").length;
            if (lineWords == 0) {
                continue;
            }
            if (words > 0 && words + lineWords > WORDS) {
                passages.add(title + "\n" + passage.toString().strip());
                passage.setLength(0);
                words = 0;
            }
            passage.append(line.strip()).append('\n');
            words += lineWords;
        }
        if (words > 0 || passages.isEmpty()) {
            passages.add((title + "\n" + passage.toString().strip()).strip());
        }
        return passages;
    }
}
