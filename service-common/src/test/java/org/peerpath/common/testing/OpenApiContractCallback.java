package org.peerpath.common.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link OpenApiContract} on every rest-assured call of every {@code @QuarkusTest}. */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean present = RestAssured.filters().stream().anyMatch(OpenApiContract.class::isInstance);
        if (!present) {
            RestAssured.filters(new OpenApiContract());
        }
    }
}
