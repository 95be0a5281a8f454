package org.peerpath.common.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256-signed access tokens, verified by the service through the JWKS of {@code OidcWiremockTestResource}
 * (the same key signs them). Claims mirror the Keycloak realm in {@code deploy/keycloak}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "peerpath-api";
    public static final String DEMO_AGENCY = "demo-agency";
    public static final String OTHER_AGENCY = "river-agency";

    /** The private key of the JWKS that OidcWiremockTestResource serves, shipped in quarkus-test-oidc-server. */
    private static final String SIGNING_KEY = "privateKey.jwk";

    private final JwtClaimsBuilder claims;

    private TestTokens(String subject) {
        claims = Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .preferredUserName(subject)
                .claim("auth_time", Instant.now().getEpochSecond())
                .expiresIn(3600);
    }

    /** A user of the demo agency with these roles. */
    public static TestTokens user(String subject, String... roles) {
        return new TestTokens(subject).roles(roles).organization(DEMO_AGENCY);
    }

    /** A token with a fresh random subject and these roles, in the demo agency. */
    public static TestTokens anyone(String... roles) {
        return user("user-" + UUID.randomUUID(), roles);
    }

    public TestTokens roles(String... roles) {
        claims.groups(new HashSet<>(Arrays.asList(roles)));
        return this;
    }

    public TestTokens organization(String organization) {
        claims.claim("org", organization);
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    public TestTokens audience(String audience) {
        claims.audience(audience);
        return this;
    }

    public TestTokens loggedInAt(Instant authTime) {
        claims.claim("auth_time", authTime.getEpochSecond());
        return this;
    }

    public String sign() {
        return claims.jws().keyId("1").sign(SIGNING_KEY);
    }

    /** The value of an Authorization header carrying this token. */
    public String bearer() {
        return "Bearer " + sign();
    }
}
