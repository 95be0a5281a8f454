package org.peerpath.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, split for ranking: its words and "quoted phrases" are the terms (any of them may match, more and
 * rarer matches rank higher; {@code or} is implied), and words or phrases after a minus are exclusions every hit
 * must avoid.
 */
record QueryText(String noneOf, List<String> terms) {

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    static QueryText parse(String text) {
        List<String> negative = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            boolean excluded = token.length() > 1 && token.startsWith("-");
            String bare = NOT_WORD.matcher((excluded ? token.substring(1) : token).replace("\"", " ")).replaceAll(" ")
                    .strip().toLowerCase(Locale.ROOT);
            if (!bare.matches(".*[\\p{L}\\p{N}].*") || bare.equals("or")) {
                continue;
            }
            if (excluded) {
                negative.add(bare.contains(" ") ? '"' + bare + '"' : bare);
            } else if (!terms.contains(bare)) {
                terms.add(bare);
            }
        }
        return new QueryText(String.join(" or ", negative), List.copyOf(terms));
    }
}
