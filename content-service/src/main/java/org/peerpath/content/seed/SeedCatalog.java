package org.peerpath.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the curriculum seed files (the project's {@code seeds/curriculum}, bundled on the classpath) into entries in
 * document order, following {@code manifest.yaml}.
 */
public final class SeedCatalog {

    public static final String ROOT = "seeds/curriculum/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, EntryKind> ITEM_KIND_BY_SECTION = Map.of(
            "GUIDE", EntryKind.STRATEGY,
            "EXERCISES", EntryKind.EXERCISE,
            "RESOURCES", EntryKind.RESOURCE,
            "PRACTICES", EntryKind.PRACTICE);

    private SeedCatalog() {
    }

    /** Every entry of the seed files, in document order. */
    @SuppressWarnings("unchecked")
    public static List<SeedEntry> load() {
        Map<String, Object> manifest = read("manifest.yaml");
        List<SeedEntry> entries = new ArrayList<>();
        for (Map<String, Object> collection : (List<Map<String, Object>>) manifest.get("collections")) {
            addCollection(entries, collection);
        }
        for (String topicFile : (List<String>) manifest.get("topics")) {
            addTopic(entries, read(topicFile));
        }
        return entries;
    }

    /** The files the manifest names, for the test that keeps it complete. */
    @SuppressWarnings("unchecked")
    public static List<String> manifestFiles() {
        Map<String, Object> manifest = read("manifest.yaml");
        List<String> files = new ArrayList<>();
        for (Map<String, Object> collection : (List<Map<String, Object>>) manifest.get("collections")) {
            files.add((String) collection.get("file"));
        }
        files.addAll((List<String>) manifest.get("topics"));
        return files;
    }

    @SuppressWarnings("unchecked")
    private static void addCollection(List<SeedEntry> entries, Map<String, Object> collection) {
        Map<String, Object> document = read((String) collection.get("file"));
        document.remove("locale");
        String listName = (String) collection.get("list");
        if (listName != null) {
            EntryKind kind = EntryKind.valueOf((String) collection.get("kind"));
            for (Map<String, Object> item : (List<Map<String, Object>>) document.remove(listName)) {
                String slug = (String) item.get("slug");
                entries.add(new SeedEntry(kind, slug, null, null, (String) item.get("title"), item));
            }
        }
        String overview = (String) collection.get("overview");
        String title = (String) document.getOrDefault("title", overview);
        document.put("slug", overview);
        entries.add(new SeedEntry(EntryKind.OVERVIEW, overview, null, null, title, document));
    }

    @SuppressWarnings("unchecked")
    private static void addTopic(List<SeedEntry> entries, Map<String, Object> topic) {
        topic.remove("locale");
        String topicSlug = (String) topic.get("slug");
        List<Map<String, Object>> sections = (List<Map<String, Object>>) topic.remove("sections");
        entries.add(new SeedEntry(EntryKind.TOPIC, topicSlug, topicSlug, null, (String) topic.get("title"), topic));
        for (Map<String, Object> section : sections) {
            String sectionKey = topicSlug + "." + section.get("slug");
            List<Map<String, Object>> items = (List<Map<String, Object>>) section.remove("items");
            entries.add(new SeedEntry(EntryKind.SECTION, sectionKey, topicSlug, topicSlug,
                    (String) section.get("title"), section));
            EntryKind itemKind = ITEM_KIND_BY_SECTION.get((String) section.get("kind"));
            if (itemKind == null) {
                throw new IllegalStateException("Section " + sectionKey + " has unknown kind " + section.get("kind"));
            }
            for (Map<String, Object> item : items == null ? List.<Map<String, Object>>of() : items) {
                entries.add(new SeedEntry(itemKind, topicSlug + "." + item.get("slug"), topicSlug, sectionKey,
                        (String) item.get("title"), item));
            }
        }
    }

    private static Map<String, Object> read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing from the classpath: " + ROOT + file);
            }
            return new LinkedHashMap<>(YAML.readValue(in, new TypeReference<Map<String, Object>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + file + " is not valid YAML", e);
        }
    }
}
