package org.peerpath.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.peerpath.common.error.ProblemException;

/**
 * An opaque keyset position: the sort-key values of the last row of a page. Clients pass it back unchanged; only the
 * service that issued it reads it. Keyset cursors keep every page as cheap as the first, however deep.
 */
public final class Cursor {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(String... keys) {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor, which must hold exactly {@code expected} of them; a 400 naming {@code cursor} if not. */
    public static List<String> decode(String cursor, int expected) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == expected + 1 && parts.get(0).equals(VERSION)) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below, like any other cursor this service did not issue
        }
        throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again without it");
    }
}
