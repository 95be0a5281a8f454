package org.peerpath.api;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.peerpath.api.AccessMatrixTest.Expect;
import org.peerpath.api.AccessMatrixTest.Role;
import org.peerpath.api.AccessMatrixTest.Target;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.common.testing.EmbeddedPostgresResource;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;
import org.peerpath.common.testing.hostile.ApiOperation;
import org.peerpath.common.testing.hostile.HostileInputWalker;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input to every operation of the records API under {@code /v1} and {@code /fhir} (see
 * {@link HostileInputWalker}). Each operation is called with a token of the first role the access matrix
 * ({@link AccessMatrixTest#RULES}) lets through, so that the input reaches validation rather than a 403.
 */
@QuarkusTest
class HostileInputTest {

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() {
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role == Role.EHR_CLIENT) {
                tokens.put(role, EhrTestData.ehrToken(EhrTestData.newClientId()));
            } else if (role != Role.NONE) {
                tokens.put(role, "Bearer " + TestTokens.user("hostile-" + role.name + "-" + UUID.randomUUID(),
                        role.name).claim("name", "Hostile " + role.name).claim("credentials", "CPRS").sign());
            }
        }
        // Staff are recorded on their first call that acts (StaffDirectory); that happens here, before the walker's
        // first snapshot.
        tokens.values().forEach(token -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).when().get("/v1/peers"));
        HostileInputWalker.of("api-service")
                .paths("/v1/", "/fhir/")
                .authorization(operation -> tokens.get(allowedRole(operation)))
                .database(EmbeddedPostgresResource.database("records"))
                .unwatched("audit_event", "every read of personal data is audited (DESIGN.md, Audit event), and so is"
                        + " every access the rules refuse, in a transaction of its own: refused requests add rows")
                .run();
    }

    private static Role allowedRole(ApiOperation operation) {
        AccessMatrixTest.Rule rule = AccessMatrixTest.RULES.get(operation.id());
        return Arrays.stream(Role.values())
                .filter(role -> {
                    Expect expect = rule.expect(role, Target.OWN_CASELOAD);
                    return expect == Expect.ALLOW || expect == Expect.ELSEWHERE;
                })
                .findFirst().orElse(Role.NONE);
    }
}
