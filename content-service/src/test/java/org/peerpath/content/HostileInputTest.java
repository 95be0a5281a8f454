package org.peerpath.content;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.EmbeddedPostgresResource;
import org.peerpath.common.testing.TestTokens;
import org.peerpath.common.testing.hostile.HostileInputWalker;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input to every operation of the curriculum API (see {@link HostileInputWalker}), sent as a content editor,
 * who may call every operation, so that the input reaches validation.
 */
@QuarkusTest
class HostileInputTest {

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() {
        String editor = TestTokens.user("hostile-editor", "content-editor").bearer();
        HostileInputWalker.of("content-service")
                // the problem types' entries come from service-common and are served by both services alike
                .paths("/v1/", "/problems")
                .authorization(operation -> editor)
                .database(EmbeddedPostgresResource.database("content"))
                .run();
    }
}
