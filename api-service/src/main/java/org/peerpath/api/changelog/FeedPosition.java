package org.peerpath.api.changelog;

import java.util.List;

import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;

/** A position in the change feed: after the row of transaction {@code txId} with sequence {@code seq}. */
public record FeedPosition(long txId, long seq) {

    public static final FeedPosition START = new FeedPosition(0, 0);

    public static FeedPosition of(long txId, long seq) {
        return new FeedPosition(txId, seq);
    }

    public String encode() {
        return Cursor.encode("feed", Long.toString(txId), Long.toString(seq));
    }

    /** The position a cursor names; the start for none; a 400 naming {@code cursor} for one we did not issue. */
    public static FeedPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        List<String> keys = Cursor.decode(cursor, 3);
        try {
            if (!keys.get(0).equals("feed")) {
                throw new IllegalArgumentException();
            }
            return new FeedPosition(Long.parseLong(keys.get(1)), Long.parseLong(keys.get(2)));
        } catch (RuntimeException notOurs) {
            throw ProblemException.invalidField("cursor", "is not a cursor issued by this feed");
        }
    }
}
