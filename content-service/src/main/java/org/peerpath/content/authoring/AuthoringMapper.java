package org.peerpath.content.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.EntryRevision;
import org.peerpath.content.catalog.Links;
import org.peerpath.content.catalog.RevisionStatus;
import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Between an editor's {@link EntryContent} and the stored document. A section's kind is stored as {@code kind}, as in
 * the seed files; the document keeps the previous revision's {@code source} so that edited text stays attributed.
 */
final class AuthoringMapper {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AuthoringMapper() {
    }

    static Map<String, Object> document(EntryKind kind, String slug, EntryContent content,
            Map<String, Object> previous) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("slug", slug);
        document.putAll(MAPPER.convertValue(content, new TypeReference<Map<String, Object>>() {
        }));
        Object sectionKind = document.remove("sectionKind");
        if (kind == EntryKind.SECTION) {
            document.put("kind", sectionKind);
        }
        if (previous != null && previous.containsKey("source")) {
            document.put("source", previous.get("source"));
        }
        return document;
    }

    static EntryContent content(Entry entry, Map<String, Object> document) {
        Map<String, Object> fields = new LinkedHashMap<>(document);
        if (entry.kind == EntryKind.SECTION) {
            fields.put("sectionKind", fields.remove("kind"));
        }
        return MAPPER.convertValue(fields, EntryContent.class);
    }

    static EntryState state(Entry entry, EntryRevision latest) {
        return new EntryState(entry.ref().toString(), entry.kind, entry.locale, entry.publishedRevision,
                entry.latestRevision, latest.status == RevisionStatus.DRAFT, content(entry, latest.document),
                entry.updatedAt, Links.of(entry));
    }

    static RevisionResponse revision(Entry entry, EntryRevision revision, boolean withContent) {
        return new RevisionResponse(revision.revision, revision.status, revision.title, revision.author,
                revision.createdAt, revision.publishedAt, withContent ? content(entry, revision.document) : null);
    }
}
