package org.peerpath.api.common.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the database's precision (microseconds), so keyset cursors compare exactly. */
public final class Now {

    private Now() {
    }

    public static Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
