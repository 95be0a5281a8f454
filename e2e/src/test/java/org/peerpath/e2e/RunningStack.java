package org.peerpath.e2e;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Both packaged services as an agency would run them: one PostgreSQL with a database each, an OIDC provider whose
 * keys sign the test tokens ({@code TestTokens}), and api-service checking curriculum references against the real
 * content-service. Closing it stops everything it started, in reverse order; a start that fails half-way stops
 * what had started. PostgreSQL stops when the test JVM exits (see {@link EmbeddedPostgresResource}).
 */
final class RunningStack implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private String contentServiceUrl;
    private String apiServiceUrl;

    private RunningStack() {
    }

    static RunningStack start() {
        RunningStack stack = new RunningStack();
        Thread stopOnExit = new Thread(stack::close, "e2e-stack-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        stack.started.push(() -> removeShutdownHook(stopOnExit));
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    String contentServiceUrl() {
        return contentServiceUrl;
    }

    String apiServiceUrl() {
        return apiServiceUrl;
    }

    /** A content-service client that sends {@code token} as its bearer token. */
    org.peerpath.client.content.ApiClient contentClient(String token) {
        org.peerpath.client.content.ApiClient client = new org.peerpath.client.content.ApiClient();
        client.updateBaseUri(contentServiceUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** An api-service client that sends {@code token} as its bearer token. */
    org.peerpath.client.records.ApiClient apiClient(String token) {
        org.peerpath.client.records.ApiClient client = new org.peerpath.client.records.ApiClient();
        client.updateBaseUri(apiServiceUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private void startAll() {
        Map<String, String> common = new HashMap<>();
        common.put("quarkus.oidc.auth-server-url", startOidcProvider() + "/realms/quarkus");
        Path logs = Path.of(setting("peerpath.e2e.logs"));

        Map<String, String> content = new HashMap<>(common);
        content.putAll(database("content"));
        ServiceProcess contentService = ServiceProcess.start("content-service",
                Path.of(setting("peerpath.e2e.content-service.jar")), content, logs);
        started.push(contentService);

        Map<String, String> api = new HashMap<>(common);
        api.putAll(database("records"));
        api.put("quarkus.rest-client.content-service.url", contentService.baseUrl());
        // webhooks to the tests' receivers on 127.0.0.1 (the SSRF guard's documented switch, as the local stack sets
        // it), sent without the production schedule's wait
        api.put("peerpath.webhooks.allow-private-targets", "true");
        api.put("peerpath.webhooks.dispatch-every", "500ms");
        ServiceProcess apiService = ServiceProcess.start("api-service",
                Path.of(setting("peerpath.e2e.api-service.jar")), api, logs);
        started.push(apiService);

        // Both boot at once; api-service is ready on its own, its curriculum checks need content-service only later.
        contentService.awaitReady();
        apiService.awaitReady();
        contentServiceUrl = contentService.baseUrl();
        apiServiceUrl = apiService.baseUrl();
    }

    /** Answers the provider's base URL ({@code keycloak.url}: the WireMock server's /auth). */
    private String startOidcProvider() {
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        String url = oidc.start().get("keycloak.url");
        started.push(oidc::stop);
        return url;
    }

    private static Map<String, String> database(String name) {
        EmbeddedPostgresResource postgres = new EmbeddedPostgresResource();
        postgres.init(Map.of("database", name));
        return postgres.start();
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run the *IT tests through "
                    + "maven-failsafe-plugin (./mvnw verify), whose configuration in e2e/pom.xml sets it");
        }
        return value;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("e2e: could not stop a part of the stack: " + e);
            }
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is what is closing the stack
        }
    }
}
