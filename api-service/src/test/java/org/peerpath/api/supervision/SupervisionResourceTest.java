package org.peerpath.api.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.peerpath.api.testing.Agency.etagOf;
import static org.peerpath.api.testing.Agency.staffIdOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.Agency.Member;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SupervisionResourceTest {

    private final Agency demo = Agency.demo();

    private static ValidatableResponse assign(String admin, String supervisorId, String coachId) {
        return given().header("Authorization", admin).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("supervisorId", supervisorId, "coachId", coachId))
                .when().post("/v1/supervision-assignments").then();
    }

    private static ValidatableResponse list(String token, String filter, String staffId) {
        return given().header("Authorization", token).queryParam(filter, staffId)
                .when().get("/v1/supervision-assignments").then();
    }

    @Test
    void anOrgAdminAssignsCoachesToASupervisorAndRemovesThem() {
        String admin = demo.admin();
        Member supervisor = demo.supervisorMember();
        Member second = demo.supervisorMember();
        String casey = staffIdOf(demo.coach());
        String robin = staffIdOf(demo.coach());

        String first = assign(admin, supervisor.staffId(), casey).statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", containsString("/v1/supervision-assignments/"))
                .body("supervisorId", equalTo(supervisor.staffId()))
                .body("coachId", equalTo(casey))
                .body("supervisorName", containsString("Supervisor"))
                .body("coachName", notNullValue())
                .extract().path("id");
        assign(admin, supervisor.staffId(), robin).statusCode(201);
        assign(admin, second.staffId(), casey).statusCode(201);

        list(supervisor.token(), "supervisorId", supervisor.staffId()).statusCode(200)
                .body("items.coachId", contains(casey, robin));
        list(admin, "coachId", casey).statusCode(200)
                .body("items.supervisorId", contains(supervisor.staffId(), second.staffId()));
        given().header("Authorization", supervisor.token()).queryParam("supervisorId", supervisor.staffId())
                .queryParam("limit", 1).when().get("/v1/supervision-assignments")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());

        assign(admin, supervisor.staffId(), casey).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(first));

        String path = "/v1/supervision-assignments/" + first;
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).header("Authorization", admin)
                .when().delete(path).then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", "\"99\"").when().delete(path)
                .then().statusCode(412);
        given().header("Authorization", admin).header("If-Match", etagOf(admin, path)).when().delete(path)
                .then().statusCode(204);
        given().header("Authorization", admin).when().get(path).then().statusCode(404);
        list(admin, "supervisorId", supervisor.staffId()).statusCode(200).body("items.coachId", contains(robin));
        list(admin, "coachId", casey).statusCode(200).body("items.supervisorId", contains(second.staffId()));
    }

    @Test
    void aStaffMemberWithoutTheRoleIsRefusedNamingTheField() {
        String admin = demo.admin();
        Member supervisor = demo.supervisorMember();
        String coach = staffIdOf(demo.coach());
        assign(admin, coach, supervisor.staffId()).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("supervisorId"))
                .body("errors.field", hasItem("coachId"));
        assign(admin, supervisor.staffId(), supervisor.staffId()).statusCode(422)
                .body("errors.field", hasItem("coachId"));
    }

    @Test
    void onlyOrgAdminsAssignAndAnotherAgencysStaffIsNotFound() {
        Member supervisor = demo.supervisorMember();
        String coach = staffIdOf(demo.coach());
        assign(supervisor.token(), supervisor.staffId(), coach).statusCode(403);
        assign(demo.coach(), supervisor.staffId(), coach).statusCode(403);

        Agency other = Agency.other();
        String stranger = staffIdOf(other.coach());
        assign(demo.admin(), supervisor.staffId(), stranger).statusCode(404);
        String id = assign(demo.admin(), supervisor.staffId(), coach).statusCode(201).extract().path("id");
        given().header("Authorization", other.admin()).when().get("/v1/supervision-assignments/" + id)
                .then().statusCode(404);
        list(other.admin(), "supervisorId", supervisor.staffId()).statusCode(404);
        list(other.admin(), "coachId", stranger).statusCode(200).body("items", empty());
        given().header("Authorization", demo.coach()).when().get("/v1/supervision-assignments")
                .then().statusCode(403);
    }

    @Test
    void writesAndReadsAreAudited() {
        String admin = demo.admin();
        Member supervisor = demo.supervisorMember();
        String id = assign(admin, supervisor.staffId(), staffIdOf(demo.coach())).statusCode(201).extract().path("id");
        given().header("Authorization", supervisor.token()).when().get("/v1/supervision-assignments/" + id)
                .then().statusCode(200);
        List<String> actions = given().header("Authorization", admin).queryParam("resourceId", id)
                .when().get("/v1/audit-events").then().statusCode(200).extract().path("items.action");
        org.assertj.core.api.Assertions.assertThat(actions).contains("CREATE", "READ");
    }
}
