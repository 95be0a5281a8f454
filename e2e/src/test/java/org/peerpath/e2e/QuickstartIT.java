package org.peerpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpath.client.records.ApiException;
import org.peerpath.client.records.api.ConsentsApi;
import org.peerpath.client.records.model.RegisterEhrClient;
import org.peerpath.common.testing.TestTokens;

import com.sun.net.httpserver.HttpServer;

/**
 * Runs the code blocks of docs/QUICKSTART.md, unchanged, against the packaged services: the bash blocks as one
 * script, the TypeScript blocks as one module (extracted and compiled by the clients/typescript module), the Java
 * blocks as one program. The blocks marked {@code login} need Keycloak and run in deploy/checks/quickstart instead;
 * here the tokens they would give are signed test tokens (with a fresh {@code auth_time}, as after a login).
 */
@ExtendWith(PackagedStack.class)
class QuickstartIT {

    private static final Path ROOT = Program.repositoryRoot();
    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @Test
    void theCurlStepsRun(RunningStack stack) throws Exception {
        String script = blocks("bash");
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Map<String, String> environment = settings(stack);
            environment.put("RECEIVER_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/peerpath-events");
            Program.Result bash = Program.run(List.of("bash", "-euo", "pipefail", "-c", script), ROOT, environment,
                    "quickstart-bash.log", TIMEOUT);

            assertThat(bash.exitCode()).as("the bash blocks' exit status; output:%n%s", bash.output()).isZero();
            assertThat(bash.output()).contains("technique: reflective-listening", "\"noteStatus\": \"DRAFT\"",
                    "https://peerpath.dev/problems/validation-failed", "\"field\": \"preferredName\"",
                    "\"status\": \"SIGNED\"", "\"outcome\": \"DELIVERED\"");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theTypeScriptStepsRun(RunningStack stack) throws Exception {
        Path module = ROOT.resolve("clients/typescript/examples/dist/quickstart/quickstart.js");
        assertThat(module).as("compiled by the clients/typescript module").isRegularFile();
        Map<String, String> environment = settings(stack);
        environment.put("RECEIVER_PORT", Integer.toString(freePort()));
        Program.Result node = Program.run(List.of("node", module.toString()), ROOT, environment,
                "quickstart-typescript.log", TIMEOUT);

        assertThat(node.exitCode()).as("the TypeScript blocks' exit status; output:%n%s", node.output()).isZero();
        assertThat(node.output()).contains("8. ", "50 3 DRAFT", "https://peerpath.dev/problems/validation-failed",
                "preferredName", "SIGNED", "verified:", "consent.granted");
    }

    @Test
    void theJavaStepsRun(RunningStack stack) throws Exception {
        Path source = Path.of(System.getProperty("peerpath.e2e.logs")).resolveSibling("quickstart/Quickstart.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, blocks("java"));
        Map<String, String> environment = settings(stack);
        environment.put("RECEIVER_PORT", Integer.toString(freePort()));
        // the single-file source launcher, on this test's class path: the Java clients, Jackson, standardwebhooks
        Program.Result java = Program.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), source.toString()), ROOT, environment,
                "quickstart-java.log", TIMEOUT);

        assertThat(java.exitCode()).as("the Java blocks' exit status; output:%n%s", java.output()).isZero();
        assertThat(java.output()).contains("8. ", "50 minutes, 3 units", "https://peerpath.dev/problems/validation-failed",
                "preferredName", "SIGNED by", "verified: ", "consent.granted");
    }

    /** What the guide's step 0 and its login steps would set, for this stack. */
    private static Map<String, String> settings(RunningStack stack) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PEERPATH_API", stack.apiServiceUrl());
        environment.put("PEERPATH_CONTENT", stack.contentServiceUrl());
        environment.put("TOKEN", TestTokens.user("quickstart-coach-" + UUID.randomUUID(), "peer-specialist")
                .claim("name", "Casey Coach").claim("credentials", "CPRS").sign());
        String adminToken = TestTokens.user("quickstart-admin-" + UUID.randomUUID(), "org-admin").sign();
        environment.put("ADMIN_TOKEN", adminToken);
        // the guide's EHR client is registered with the agency, as the local stack's demo EHR client is
        String ehrClient = "quickstart-ehr-" + UUID.randomUUID();
        try {
            new ConsentsApi(stack.apiClient(adminToken)).registerEhrClient(new RegisterEhrClient().clientId(ehrClient)
                    .recipientOrganization("Quickstart Health").displayName("Quickstart EHR"),
                    UUID.randomUUID().toString());
        } catch (ApiException refused) {
            throw new IllegalStateException("could not register the guide's EHR client: " + refused.getResponseBody(),
                    refused);
        }
        environment.put("EHR_CLIENT", ehrClient);
        return environment;
    }

    private static String blocks(String language) throws IOException, InterruptedException {
        Program.Result extracted = Program.run(List.of("node", "docs/quickstart/blocks.mjs", language), ROOT, Map.of(),
                "quickstart-" + language + "-blocks.txt", Duration.ofMinutes(1));
        assertThat(extracted.exitCode()).as(extracted.output()).isZero();
        return extracted.output();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
