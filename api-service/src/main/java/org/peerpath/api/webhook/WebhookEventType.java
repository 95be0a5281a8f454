package org.peerpath.api.webhook;

import org.peerpath.api.changelog.EhrChangeKind;

/** The events an endpoint can subscribe to, each with its name on the wire (Standard Webhooks {@code type}). */
public enum WebhookEventType {
    NOTE_SIGNED("note.signed", EhrChangeKind.NOTE_SIGNED),
    NOTE_AMENDED("note.amended", EhrChangeKind.NOTE_AMENDED),
    NOTE_WITHDRAWN("note.withdrawn", EhrChangeKind.DOCUMENT_WITHDRAWN),
    CONSENT_GRANTED("consent.granted", EhrChangeKind.CONSENT_GRANTED),
    CONSENT_REVOKED("consent.revoked", EhrChangeKind.CONSENT_REVOKED),
    PEER_UPDATED("peer.updated", EhrChangeKind.PEER_UPDATED);

    private final String wireName;
    private final EhrChangeKind kind;

    WebhookEventType(String wireName, EhrChangeKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public EhrChangeKind kind() {
        return kind;
    }

    public static WebhookEventType of(EhrChangeKind kind) {
        for (WebhookEventType type : values()) {
            if (type.kind == kind) {
                return type;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }
}
