package org.peerpath.content.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an entry's stored document as a typed response, adding the fields that come from the entry itself. */
public final class Documents {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Documents() {
    }

    public static <T> T read(Entry entry, Class<T> type, Map<String, Object> extra) {
        Map<String, Object> fields = new LinkedHashMap<>(entry.document);
        fields.put("slug", entry.slug());
        fields.put("ref", entry.ref().toString());
        fields.putAll(extra);
        return MAPPER.convertValue(fields, type);
    }

    public static <T> T read(Map<String, Object> document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }
}
