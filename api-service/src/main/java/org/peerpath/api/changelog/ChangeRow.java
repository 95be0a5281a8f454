package org.peerpath.api.changelog;

import java.time.Instant;
import java.util.UUID;

/** One row of the change feed as read: its position (writing transaction, sequence) and what changed. */
public record ChangeRow(long txId, long seq, String organization, UUID peerId, EhrChangeKind kind, UUID documentId,
        UUID consentId, Instant occurredAt) {

    /** The feed cursor that continues after this row. */
    public String cursor() {
        return FeedPosition.of(txId, seq).encode();
    }
}
