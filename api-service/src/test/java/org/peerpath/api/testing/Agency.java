package org.peerpath.api.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.peerpath.api.staff.StaffRepository;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test callers of one agency, each with a fresh subject, and shortcuts to set up records through the API. */
public final class Agency {

    private final String organization;

    private Agency(String organization) {
        this.organization = organization;
    }

    public static Agency demo() {
        return new Agency(TestTokens.DEMO_AGENCY);
    }

    public static Agency other() {
        return new Agency(TestTokens.OTHER_AGENCY);
    }

    public String coach() {
        return token("coach", "peer-specialist");
    }

    public String supervisor() {
        return token("supervisor", "supervisor");
    }

    public String admin() {
        return token("admin", "org-admin");
    }

    /** A staff caller and the id of the staff record their first call created. */
    public record Member(String token, String staffId) {
    }

    /** A new supervisor with their staff id (a supervisor has no caseload to find it by, as coaches do). */
    public Member supervisorMember() {
        String subject = "supervisor-" + UUID.randomUUID();
        String token = "Bearer " + TestTokens.user(subject, "supervisor").organization(organization)
                .claim("name", "Supervisor " + subject.substring(11, 19)).sign();
        given().header("Authorization", token).when().get("/v1/staff").then().statusCode(200);
        String id = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(StaffRepository.class)
                .get().findBySubject(organization, subject).orElseThrow().id.toString());
        return new Member(token, id);
    }

    /** A participant token whose subject is {@code subject}. */
    public String participant(String subject) {
        return "Bearer " + TestTokens.user(subject, "participant").organization(organization).sign();
    }

    private String token(String prefix, String role) {
        return "Bearer " + TestTokens.user(prefix + "-" + UUID.randomUUID(), role).organization(organization)
                .claim("name", prefix + " " + UUID.randomUUID().toString().substring(0, 8))
                .claim("credentials", "CPRS").sign();
    }

    /** A token of the same user, logged in at the given time (for signing rules). */
    public static String staffToken(String subject, String role, java.time.Instant authTime, String organization) {
        return "Bearer " + TestTokens.user(subject, role).organization(organization).claim("credentials", "CPRS")
                .loggedInAt(authTime).sign();
    }

    /** An enrolment day before any session a test records (sessions are recorded from enrolment on). */
    public static final String ENROLLED_ON = "2025-01-01";

    /** Creates a peer as {@code token}, enrolled on {@link #ENROLLED_ON}, and answers its id. */
    public static String createPeer(String token, String name) {
        return createPeer(token, Map.of("preferredName", name, "enrolledOn", ENROLLED_ON)).statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse createPeer(String token, Map<String, ?> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers").then();
    }

    /** The staff id of the caller behind a coach token (the staff record is created on first use). */
    public static String staffIdOf(String token) {
        String peerId = createPeer(token, "Probe " + UUID.randomUUID());
        return given().header("Authorization", token).when().get("/v1/peers/" + peerId)
                .then().statusCode(200).extract().path("coaches[0].staffId");
    }

    public static String etagOf(String token, String path) {
        return given().header("Authorization", token).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
