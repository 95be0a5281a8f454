package org.peerpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpath.common.testing.TestTokens;

/**
 * The TypeScript clients against the packaged services: runs the Node end-to-end tests
 * ({@code clients/typescript/examples/src/e2e}, compiled by the clients/typescript module) with Node's test runner,
 * giving them the running stack's URLs and signed tokens. Their output is in {@code target/e2e-logs/node-e2e.log}.
 */
@ExtendWith(PackagedStack.class)
class TypeScriptClientIT {

    private static final String COACH_NAME = "Taylor Coach";

    @Test
    void theNodeEndToEndTestsPassAgainstThePackagedServices(RunningStack stack) throws Exception {
        Path workspace = Path.of(System.getProperty("peerpath.e2e.typescript"));
        assertThat(workspace.resolve("examples/dist/e2e")).as("compiled by the clients/typescript module").isDirectory();
        String coachToken = TestTokens.user("e2e-ts-coach-" + UUID.randomUUID(), "peer-specialist")
                .claim("name", COACH_NAME).claim("credentials", "CPSS").sign();
        String adminToken = TestTokens.user("e2e-ts-admin-" + UUID.randomUUID(), "org-admin").sign();

        Program.Result node = Program.run(List.of("node", "--test", "--test-reporter=spec", "examples/dist/e2e/"),
                workspace, Map.of(
                        "PEERPATH_CONTENT_URL", stack.contentServiceUrl(),
                        "PEERPATH_API_URL", stack.apiServiceUrl(),
                        "PEERPATH_COACH_TOKEN", coachToken,
                        "PEERPATH_COACH_NAME", COACH_NAME,
                        "PEERPATH_ADMIN_TOKEN", adminToken),
                "node-e2e.log", Duration.ofMinutes(5));

        assertThat(node.exitCode()).as("node --test exit status; its output:%n%s", node.output()).isZero();
        assertThat(node.output()).contains("pass 2").contains("fail 0");
    }
}
