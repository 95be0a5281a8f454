package org.peerpath.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peerpath.content.seed.SeedCatalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The field's vocabulary ({@code seeds/curriculum/synonyms.yaml}): groups of phrases naming one subject. A query for
 * one phrase of a group is a query for all of them; the group's stigmatizing phrases are matched but never shown.
 */
final class Synonyms {

    /**
     * One subject: the phrases shown (the first names it), the ones matched but never shown, and the entries shown
     * first whenever a query names it (references).
     */
    record Group(List<String> terms, List<String> avoid, List<String> first) {

        Group(@JsonProperty("terms") List<String> terms, @JsonProperty("avoid") List<String> avoid,
                @JsonProperty("first") List<String> first) {
            this.terms = lower(terms);
            this.avoid = lower(avoid == null ? List.of() : avoid);
            this.first = first == null ? List.of() : List.copyOf(first);
        }

        List<String> phrases() {
            List<String> all = new ArrayList<>(terms);
            all.addAll(avoid);
            return all;
        }

        private static List<String> lower(List<String> phrases) {
            return phrases.stream().map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private record File(@JsonProperty("groups") List<Group> groups) {
    }

    private final List<Group> groups;

    Synonyms(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    static Synonyms fromSeeds() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(SeedCatalog.ROOT + "synonyms.yaml")) {
            return new Synonyms(new ObjectMapper(new YAMLFactory()).readValue(in, File.class).groups());
        } catch (IOException e) {
            throw new UncheckedIOException("synonyms.yaml is not readable", e);
        }
    }

    /** The other phrases of every group one of whose phrases the query contains. */
    List<String> alternativesFor(String query) {
        String text = normalized(query);
        List<String> alternatives = new ArrayList<>();
        named(text).forEach(group -> group.phrases().stream()
                .filter(phrase -> !text.contains(" " + phrase + " ") && !alternatives.contains(phrase))
                .forEach(alternatives::add));
        return alternatives;
    }

    /** The entries to show first for the query: those of the groups it names, in the groups' order. */
    List<String> firstFor(String query) {
        List<String> first = new ArrayList<>();
        named(normalized(query)).forEach(group -> group.first().stream().filter(ref -> !first.contains(ref))
                .forEach(first::add));
        return first;
    }

    /**
     * The groups the query names, with every group that shares a phrase with one of them (Narcan names the
     * naloxone group, and naloxone is also a phrase of harm reduction's).
     */
    private List<Group> named(String normalizedQuery) {
        List<Group> named = new ArrayList<>(groups.stream().filter(group -> group.phrases().stream()
                .anyMatch(phrase -> normalizedQuery.contains(" " + phrase + " "))).toList());
        for (int i = 0; i < named.size(); i++) {
            List<String> phrases = named.get(i).phrases();
            groups.stream().filter(group -> !named.contains(group) && group.phrases().stream().anyMatch(phrases::contains))
                    .forEach(named::add);
        }
        return named;
    }

    /** How a matched phrase is shown: a stigmatizing one as its group's first term, any other as it is. */
    String shown(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        return groups.stream().filter(group -> group.avoid().contains(lower)).findFirst()
                .map(group -> group.terms().get(0)).orElse(phrase);
    }

    private static String normalized(String query) {
        return " " + query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    }
}
