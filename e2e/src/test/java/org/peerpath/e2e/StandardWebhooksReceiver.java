package org.peerpath.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A PeerPath webhook receiver in Java, with the Standard Webhooks project's own library
 * ({@code com.standardwebhooks:standardwebhooks}, no dependencies) and the JDK's HTTP server: a delivery is trusted
 * only when its {@code webhook-signature} matches the endpoint's secret over {@code webhook-id.webhook-timestamp.body}
 * and its timestamp is within 5 minutes. PeerPath signs with the previous secret too for 24 hours after a rotation,
 * so the receiver can switch to the new secret at any time. docs/QUICKSTART.md shows the same code.
 */
final class StandardWebhooksReceiver implements AutoCloseable {

    /** One delivery as it arrived: the raw body (verify it before parsing it) and the headers, names in lower case. */
    record Delivery(String body, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();

    /** Listens on 127.0.0.1 (a free port); verifies each delivery with the secret {@code secret} gives at that time. */
    StandardWebhooksReceiver(Supplier<String> secret) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> receive(exchange, secret.get()));
        server.start();
    }

    /** Throws when the delivery was not signed with {@code secret}, or its timestamp is stale. */
    static void verify(Delivery delivery, String secret)
            throws WebhookVerificationException, EmptyWebhookSecretException {
        new Webhook(secret).verify(delivery.body(), delivery.headers());
    }

    private void receive(HttpExchange exchange, String secret) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        Delivery delivery = new Delivery(body, headers);
        received.add(delivery);
        int status;
        try {
            verify(delivery, secret);
            accepted.add(delivery);   // a real receiver de-duplicates on webhook-id here: deliveries are at least once
            status = 204;
        } catch (WebhookVerificationException | EmptyWebhookSecretException e) {
            status = 400;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/peerpath-events";
    }

    List<Delivery> received() {
        return received;
    }

    List<Delivery> accepted() {
        return accepted;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
