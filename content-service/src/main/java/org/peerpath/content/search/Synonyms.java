package org.peerpath.content.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerpath.content.seed.SeedCatalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The synonym groups of {@code seeds/curriculum/synonyms.yaml}: phrases the documents define as the same. */
final class Synonyms {

    private final List<List<String>> groups;

    Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(group -> group.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())
                .toList();
    }

    static Synonyms fromSeeds() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(SeedCatalog.ROOT + "synonyms.yaml")) {
            Map<String, List<List<String>>> file = new ObjectMapper(new YAMLFactory()).readValue(in,
                    new TypeReference<Map<String, List<List<String>>>>() {
                    });
            return new Synonyms(file.get("groups"));
        } catch (IOException e) {
            throw new UncheckedIOException("synonyms.yaml is not readable", e);
        }
    }

    /** The other phrases of every group that one of whose phrases the query contains. */
    List<String> alternativesFor(String query) {
        String text = " " + query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        List<String> alternatives = new ArrayList<>();
        for (List<String> group : groups) {
            if (group.stream().anyMatch(phrase -> text.contains(" " + phrase + " "))) {
                group.stream().filter(phrase -> !text.contains(" " + phrase + " ")).forEach(alternatives::add);
            }
        }
        return alternatives;
    }
}
