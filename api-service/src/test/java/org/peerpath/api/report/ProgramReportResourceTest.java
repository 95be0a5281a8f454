package org.peerpath.api.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

/** Report figures on a known data set, in an organization of its own so that no other test's rows count. */
@io.quarkus.test.junit.QuarkusTest
class ProgramReportResourceTest {

    static final UUID BARC_10 = UUID.fromString("b10c0000-0000-4000-8000-000000000001");

    @Inject
    DataSource dataSource;

    private String org;
    private String otherOrg;

    private String token(String role) {
        return TestTokens.user(role + "-" + UUID.randomUUID(), role).organization(org).bearer();
    }

    @BeforeEach
    void knownDataSet() throws SQLException {
        org = "report-" + UUID.randomUUID().toString().substring(0, 8);
        otherOrg = org + "-other";
        try (Connection c = dataSource.getConnection()) {
            UUID alex = staff(c, org, "Alex Coach, Jr", "CPRS");
            UUID bea = staff(c, org, "=Bea", null);
            UUID p1 = peer(c, org, "2025-12-01T00:00:00Z", null);
            UUID p2 = peer(c, org, "2025-12-01T00:00:00Z", null);
            UUID p3 = peer(c, org, "2025-12-01T00:00:00Z", null);
            peer(c, org, "2025-06-01T00:00:00Z", "2025-12-15T00:00:00Z");
            peer(c, org, "2026-04-10T00:00:00Z", null);
            session(c, org, p1, alex, "2026-01-10", 60, 4, "IN_PERSON", "[\"CONNECTING\", \"EXPLORING\"]",
                    "[\"EMOTIONAL\"]", "[{\"type\": \"RECURRENCE_OF_USE\", \"referral\": \"Clinic\"}]");
            session(c, org, p1, alex, "2026-02-10", 30, 2, "PHONE", "[\"PLANNING\"]",
                    "[\"EMOTIONAL\", \"INFORMATIONAL\"]", "[]");
            session(c, org, p2, bea, "2026-03-31", 45, 3, "VIDEO", "[\"CONNECTING\"]", "[\"INSTRUMENTAL\"]",
                    "[{\"type\": \"CRISIS\", \"referral\": null}, {\"type\": \"RECURRENCE_OF_USE\", \"referral\": \"  \"}]");
            session(c, org, p3, bea, "2026-04-01", 20, 1, "TEXT", "[]", "[]", "[]");
            UUID otherCoach = staff(c, otherOrg, "Elsewhere", null);
            UUID otherPeer = peer(c, otherOrg, "2025-12-01T00:00:00Z", null);
            session(c, otherOrg, otherPeer, otherCoach, "2026-01-10", 600, 16, "IN_PERSON", "[]", "[]", "[]");
            goal(c, org, p1, "EMPLOYMENT", "ACHIEVED", "2026-01-03T10:00:00Z", "2026-03-10T10:00:00Z");
            goal(c, org, p1, "HOUSING", "ACTIVE", "2026-02-03T10:00:00Z", "2026-02-03T10:00:00Z");
            goal(c, org, p2, "EMPLOYMENT", "ACTIVE", "2026-03-03T10:00:00Z", "2026-03-03T10:00:00Z");
            goal(c, org, p2, "RECOVERY", "ACHIEVED", "2025-11-03T10:00:00Z", "2026-02-15T10:00:00Z");
            goal(c, org, p3, "RECOVERY", "ACHIEVED", "2025-10-03T10:00:00Z", "2025-12-15T10:00:00Z");
            goal(c, otherOrg, otherPeer, "RECOVERY", "ACHIEVED", "2026-01-03T10:00:00Z", "2026-01-05T10:00:00Z");
            assessment(c, org, p1, "2025-12-20T10:00:00Z", 20);
            assessment(c, org, p1, "2026-01-05T10:00:00Z", 40);
            assessment(c, org, p1, "2026-03-01T10:00:00Z", 48);
            assessment(c, org, p2, "2026-01-20T10:00:00Z", 50);
            assessment(c, org, p2, "2026-02-20T10:00:00Z", null);
            assessment(c, org, p2, "2026-03-20T10:00:00Z", 45);
            assessment(c, org, p3, "2026-02-01T10:00:00Z", 30);
            assessment(c, otherOrg, otherPeer, "2026-01-05T10:00:00Z", 10);
            assessment(c, otherOrg, otherPeer, "2026-03-05T10:00:00Z", 60);
        }
    }

    /**
     * A record created after the sessions it was served with (entered late, sessions backdated) made the peer "served"
     * but not "active" in the period, since active followed the record's creation; it follows enrolment now.
     */
    @Test
    void aPeerServedInThePeriodIsActiveInItEvenWhenTheRecordCameLater() throws SQLException {
        String late = org + "-late";
        try (Connection c = dataSource.getConnection()) {
            UUID coach = staff(c, late, "Late Coach", null);
            UUID peer = peer(c, late, "2026-04-10T00:00:00Z", null, "2026-03-01");
            session(c, late, peer, coach, "2026-03-15", 45, 3, "IN_PERSON", "[]", "[]", "[]");
            UUID concluded = peer(c, late, "2025-06-01T00:00:00Z", "2026-03-10T12:00:00Z", "2025-06-01");
            session(c, late, concluded, coach, "2026-03-09", 30, 2, "PHONE", "[]", "[]", "[]");
        }
        given().header("Authorization", TestTokens.user("supervisor-" + UUID.randomUUID(), "supervisor")
                        .organization(late).bearer())
                .queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .when().get("/v1/reports/program")
                .then().statusCode(200)
                .body("peersServed", equalTo(2))
                .body("activePeers", equalTo(2));
    }

    @Test
    void theFiguresOfAKnownDataSet() {
        given().header("Authorization", token("supervisor"))
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .when().get("/v1/reports/program")
                .then().statusCode(200)
                .contentType("application/json")
                .body("organization", equalTo(org))
                .body("activePeers", equalTo(3))
                .body("peersServed", equalTo(2))
                .body("sessions.sessions", equalTo(3))
                .body("sessions.minutes", equalTo(135))
                .body("sessions.units", equalTo(9))
                .body("perCoach.find { it.displayName == 'Alex Coach, Jr' }.sessions", equalTo(2))
                .body("perCoach.find { it.displayName == 'Alex Coach, Jr' }.minutes", equalTo(90))
                .body("perCoach.find { it.displayName == 'Alex Coach, Jr' }.units", equalTo(6))
                .body("perCoach.find { it.displayName == 'Alex Coach, Jr' }.peersServed", equalTo(1))
                .body("perCoach.find { it.displayName == '=Bea' }.sessions", equalTo(1))
                .body("perCoach.find { it.displayName == '=Bea' }.minutes", equalTo(45))
                .body("modalityMix.value", contains("IN_PERSON", "PHONE", "VIDEO"))
                .body("modalityMix.minutes", contains(60, 30, 45))
                .body("stages.value", contains("CONNECTING", "EXPLORING", "PLANNING"))
                .body("stages.sessions", contains(2, 1, 1))
                .body("stages.minutes", contains(105, 60, 30))
                .body("supportTypes.value", contains("EMOTIONAL", "INFORMATIONAL", "INSTRUMENTAL"))
                .body("supportTypes.sessions", contains(2, 1, 1))
                .body("riskFlags.type", contains("CRISIS", "RECURRENCE_OF_USE"))
                .body("riskFlags.flagged", contains(1, 2))
                .body("riskFlags.withReferral", contains(0, 1))
                .body("goals.set", equalTo(3))
                .body("goals.achieved", equalTo(2))
                .body("goals.byDomain.domain", contains("EMPLOYMENT", "HOUSING", "RECOVERY"))
                .body("goals.byDomain.set", contains(2, 1, 0))
                .body("goals.byDomain.achieved", contains(1, 0, 1))
                .body("recoveryCapital.instrumentCode", equalTo("BARC-10"))
                .body("recoveryCapital.cutoff", equalTo(47))
                .body("recoveryCapital.completeAssessments", equalTo(5))
                .body("recoveryCapital.incompleteAssessments", equalTo(1))
                .body("recoveryCapital.peersAssessed", equalTo(3))
                .body("recoveryCapital.peersWithChange", equalTo(2))
                .body("recoveryCapital.meanChange", equalTo(1.5f))
                .body("recoveryCapital.crossedUp", equalTo(1))
                .body("recoveryCapital.crossedDown", equalTo(1))
                .body("recoveryCapital.shareCrossedUp", equalTo(0.5f))
                .body("recoveryCapital.atOrAboveCutoffAtLast", equalTo(1));
    }

    @Test
    void csvOpensInASpreadsheetWithAHeaderRowAndQuoting() {
        String csv = given().header("Authorization", token("org-admin")).accept("text/csv")
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .when().get("/v1/reports/program")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"program-report-2026-01-01-to-2026-03-31.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("section,item,detail,metric,value");
        assertThat(lines[lines.length - 1]).isEmpty();
        assertThat(csv).contains("sessions,all,,minutes,135\r\n")
                .contains("per_coach,\"Alex Coach, Jr\",CPRS,sessions,2\r\n")
                .contains("per_coach,'=Bea,,minutes,45\r\n")
                .contains("risk_flags,RECURRENCE_OF_USE,,with_referral,1\r\n")
                .contains("goals,all,,achieved,2\r\n")
                .contains("recovery_capital,BARC-10,,mean_change,1.50\r\n")
                .contains("recovery_capital,BARC-10,,share_crossed_up,0.5000\r\n");
        for (String line : lines) {
            if (!line.isEmpty()) {
                assertThat(line.replaceAll("\"[^\"]*\"", "q").split(",", -1)).hasSize(5);
            }
        }
    }

    @Test
    void anEmptyPeriodHasZerosAndNoChange() {
        given().header("Authorization", token("supervisor"))
                .queryParam("from", "2024-01-01").queryParam("to", "2024-01-31")
                .when().get("/v1/reports/program")
                .then().statusCode(200)
                .body("sessions.sessions", equalTo(0))
                .body("perCoach", empty())
                .body("recoveryCapital.peersWithChange", equalTo(0))
                .body("recoveryCapital.meanChange", equalTo(null))
                .body("recoveryCapital.shareCrossedUp", equalTo(null));
    }

    @Test
    void onlySupervisorsAndAdminsOfTheOrganization() {
        for (String role : new String[] { "peer-specialist", "participant" }) {
            given().header("Authorization", token(role))
                    .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                    .when().get("/v1/reports/program")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", TestTokens.user("s-" + UUID.randomUUID(), "supervisor")
                .organization(otherOrg).bearer())
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .when().get("/v1/reports/program")
                .then().statusCode(200).body("sessions.minutes", equalTo(600))
                .body("recoveryCapital.meanChange", equalTo(50.0f));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .when().get("/v1/reports/program").then().statusCode(401);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsA400() {
        given().header("Authorization", token("supervisor"))
                .queryParam("from", "2026-03-01").queryParam("to", "2026-01-01")
                .when().get("/v1/reports/program")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token("supervisor")).queryParam("from", "2026-03-01")
                .when().get("/v1/reports/program").then().statusCode(400);
    }

    private static UUID staff(Connection c, String org, String name, String credentials) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("insert into staff (id, organization_id, subject, display_name,"
                + " credentials, roles, active, created_at, updated_at) values (?, ?, ?, ?, ?,"
                + " '[\"peer-specialist\"]', true, now(), now())")) {
            s.setObject(1, id);
            s.setString(2, org);
            s.setString(3, "coach-" + id);
            s.setString(4, name);
            s.setString(5, credentials);
            s.executeUpdate();
        }
        return id;
    }

    private static UUID peer(Connection c, String org, String createdAt, String concludedAt) throws SQLException {
        return peer(c, org, createdAt, concludedAt, createdAt.substring(0, 10));
    }

    private static UUID peer(Connection c, String org, String createdAt, String concludedAt, String enrolledOn)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("insert into peer (id, organization_id, preferred_name, status,"
                + " concluded_at, created_by, created_at, updated_at, enrolled_on) values (?, ?, 'Report peer', ?, ?,"
                + " 'fixture', ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, org);
            s.setString(3, concludedAt == null ? "ACTIVE" : "CONCLUDED");
            s.setTimestamp(4, concludedAt == null ? null : Timestamp.from(Instant.parse(concludedAt)));
            s.setTimestamp(5, Timestamp.from(Instant.parse(createdAt)));
            s.setTimestamp(6, Timestamp.from(Instant.parse(createdAt)));
            s.setObject(7, LocalDate.parse(enrolledOn));
            s.executeUpdate();
        }
        return id;
    }

    private static void session(Connection c, String org, UUID peer, UUID coach, String day, int minutes, int units,
            String modality, String stages, String supportTypes, String riskFlags) throws SQLException {
        Instant start = LocalDate.parse(day).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        try (PreparedStatement s = c.prepareStatement("insert into session (id, organization_id, peer_id,"
                + " coach_staff_id, started_at, ended_at, service_date, minutes, billing_units, service_code, modality,"
                + " stages, support_types, risk_flags, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, 'H0038', ?, ?::jsonb, ?::jsonb, ?::jsonb, 'fixture', now(), now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, org);
            s.setObject(3, peer);
            s.setObject(4, coach);
            s.setTimestamp(5, Timestamp.from(start));
            s.setTimestamp(6, Timestamp.from(start.plusSeconds(60L * minutes)));
            s.setObject(7, LocalDate.parse(day));
            s.setInt(8, minutes);
            s.setInt(9, units);
            s.setString(10, modality);
            s.setString(11, stages);
            s.setString(12, supportTypes);
            s.setString(13, riskFlags);
            s.executeUpdate();
        }
    }

    private static void goal(Connection c, String org, UUID peer, String domain, String status, String createdAt,
            String updatedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into goal (id, organization_id, peer_id, domain,"
                + " statement, status, created_by, created_at, updated_at) values (?, ?, ?, ?, 'A goal', ?,"
                + " 'fixture', ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, org);
            s.setObject(3, peer);
            s.setString(4, domain);
            s.setString(5, status);
            s.setTimestamp(6, Timestamp.from(Instant.parse(createdAt)));
            s.setTimestamp(7, Timestamp.from(Instant.parse(updatedAt)));
            s.executeUpdate();
        }
    }

    private static void assessment(Connection c, String org, UUID peer, String at, Integer total)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into assessment (id, organization_id, peer_id,"
                + " instrument_id, administered_at, mode, answers, missing_items, complete, total_score, meets_cutoff,"
                + " recorded_by, created_at) values (?, ?, ?, ?, ?, 'COACH_ADMINISTERED', '[]', ?::jsonb, ?, ?, ?,"
                + " 'fixture', now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, org);
            s.setObject(3, peer);
            s.setObject(4, BARC_10);
            s.setTimestamp(5, Timestamp.from(Instant.parse(at)));
            s.setString(6, total == null ? "[\"5\"]" : "[]");
            s.setBoolean(7, total != null);
            s.setObject(8, total);
            s.setObject(9, total == null ? null : total >= 47);
            s.executeUpdate();
        }
    }
}
