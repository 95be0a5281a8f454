import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect issuer for bench/run: the services discover it and verify its RS256 tokens exactly as they
 * verify Keycloak's (discovery document, JWKS, signature, issuer, audience, expiry), without Keycloak's minute-long
 * start and half a gigabyte of memory on the machine being measured. JDK only; run with the source launcher:
 *
 * <pre>java BenchIssuer.java &lt;port&gt;</pre>
 *
 * POST {issuer}/token with a JSON object of identity claims (sub, org, groups, name, ...) answers a signed access
 * token carrying them plus iss, aud=peerpath-api, iat, exp (query parameter ttl, seconds, default 3600), auth_time and
 * jti. The key pair lives only in memory, so tokens die with the process. Never use it outside the benchmark.
 */
public class BenchIssuer {

    static final String AUDIENCE = "peerpath-api";
    static final String KEY_ID = "bench";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String issuer = "http://127.0.0.1:" + port + "/realms/bench";
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/realms/bench/.well-known/openid-configuration", exchange -> reply(exchange, 200,
                "application/json", """
                        {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                        "token_endpoint":"%1$s/token","response_types_supported":["code"],\
                        "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                        .formatted(issuer)));
        server.createContext("/realms/bench/protocol/openid-connect/certs", exchange -> reply(exchange, 200,
                "application/json", jwks((RSAPublicKey) keys.getPublic())));
        server.createContext("/realms/bench/token", exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "text/plain", "POST a JSON object of claims");
                return;
            }
            try (InputStream body = exchange.getRequestBody()) {
                String claims = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!claims.startsWith("{") || !claims.endsWith("}")) {
                    reply(exchange, 400, "text/plain", "the body must be a JSON object of claims");
                    return;
                }
                long ttl = ttlSeconds(exchange.getRequestURI().getQuery());
                reply(exchange, 200, "application/jwt", sign(keys, withStandardClaims(claims, issuer, ttl)));
            } catch (Exception e) {
                reply(exchange, 500, "text/plain", e.toString());
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("Bench issuer " + issuer);
        System.out.println("READY");
        System.out.flush();
    }

    static long ttlSeconds(String query) {
        if (query != null && query.startsWith("ttl=")) {
            return Long.parseLong(query.substring(4));
        }
        return 3600;
    }

    /** The caller's claims object with the issuer's own claims put in front of them. */
    static String withStandardClaims(String claims, String issuer, long ttl) {
        long now = Instant.now().getEpochSecond();
        String standard = """
                "iss":"%s","aud":"%s","iat":%d,"exp":%d,"auth_time":%d,"jti":"%s\""""
                .formatted(issuer, AUDIENCE, now, now + ttl, now, UUID.randomUUID());
        String rest = claims.substring(1).strip();
        return "{" + standard + (rest.equals("}") ? "}" : "," + rest);
    }

    static String sign(KeyPair keys, String claims) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String input = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rsa.sign());
    }

    static String jwks(RSAPublicKey key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        url.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    /** BigInteger's bytes carry a sign byte that JWK's base64url integers leave out. */
    static byte[] unsigned(byte[] bytes) {
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
