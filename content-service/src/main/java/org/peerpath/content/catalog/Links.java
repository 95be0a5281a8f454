package org.peerpath.content.catalog;

import org.peerpath.model.curriculum.EntryKind;

/** Where each kind of entry is read, so that lists and search results link to it. */
public final class Links {

    private Links() {
    }

    public static String of(Entry entry) {
        return of(entry.kind, entry.key);
    }

    public static String of(EntryKind kind, String key) {
        int dot = key.indexOf('.');
        String topic = dot < 0 ? key : key.substring(0, dot);
        String own = dot < 0 ? key : key.substring(dot + 1);
        return switch (kind) {
            case TOPIC -> "/v1/topics/" + key;
            case SECTION -> "/v1/topics/" + topic + "/sections/" + own;
            case STRATEGY, EXERCISE, RESOURCE, PRACTICE -> "/v1/topics/" + topic + "/items/" + own;
            case STAGE -> "/v1/stages/" + key;
            case TECHNIQUE -> "/v1/techniques/" + key;
            case SUPPORT_TYPE -> "/v1/support-types/" + key;
            case PRINCIPLE -> "/v1/principles/" + key;
            case CONTEXT -> "/v1/contexts/" + key;
            case OVERVIEW -> "/v1/overviews/" + key;
        };
    }
}
