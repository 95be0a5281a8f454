package org.peerpath.common.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified access token. The organization comes only from the token's {@code org}
 * claim: no request parameter can name another tenant.
 *
 * @param subject      the OIDC subject, stable per user or client
 * @param name         a display name (name, else preferred username, else the subject)
 * @param organization the caller's agency, absent for callers that belong to none (curriculum editors)
 * @param roles        the caller's roles
 * @param credentials  the credentials shown on signatures (e.g. CPRS), if the token carries them
 * @param authTime     when the user last logged in, if the token says
 */
public record Caller(String subject, String name, Optional<String> organization, Set<String> roles,
        Optional<String> credentials, Optional<Instant> authTime) {

    public static final String ORGANIZATION_CLAIM = "org";
    public static final String CREDENTIALS_CLAIM = "credentials";

    public static Caller from(JsonWebToken token, Set<String> roles) {
        String name = firstPresent(token.getClaim("name"), token.getClaim("preferred_username"), token.getSubject());
        // Absent or 0 when the login did not record it (Keycloak's password grant sets none).
        Long authTime = claimAsLong(token.getClaim("auth_time"));
        return new Caller(token.getSubject(), name,
                Optional.ofNullable(blankToNull(token.getClaim(ORGANIZATION_CLAIM))),
                new TreeSet<>(roles),
                Optional.ofNullable(blankToNull(token.getClaim(CREDENTIALS_CLAIM))),
                Optional.ofNullable(authTime).filter(seconds -> seconds > 0).map(Instant::ofEpochSecond));
    }

    private static String firstPresent(Object... values) {
        for (Object value : values) {
            String text = blankToNull(value);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? null : text;
    }

    private static Long claimAsLong(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value != null) {
            try {
                return Long.parseLong(value.toString());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
