package org.peerpath.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerpath.api.network.NetworkPlanTestData;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access matrix of DESIGN.md section 5, checked over HTTP: every operation of the service's OpenAPI document under
 * {@code /v1} and {@code /fhir}, for every role (and no token), against records of the caller's own caseload, of
 * someone else's caseload in the same organization, and of another organization. The expectations are the table
 * {@link #RULES}; an operation of the document missing from it fails the test, as does a rule for an operation the
 * document no longer has.
 *
 * <p>Expected outcomes: {@code ALLOW} (2xx, or a 409/412/422 refusal that shows the caller got past the access check
 * to the record itself), 403, 404 (never confirming that a record exists), 401. Besides the status, every allowed
 * answer is scanned for ids it must not contain: another organization's records for anyone, someone else's
 * caseload for peer specialists and participants.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Role {
        PEER_SPECIALIST("peer-specialist"), SUPERVISOR("supervisor"), ORG_ADMIN("org-admin"),
        EHR_CLIENT("ehr-client"), PARTICIPANT("participant"), CONTENT_EDITOR("content-editor"), NONE(null);

        final String name;

        Role(String name) {
            this.name = name;
        }
    }

    /** Whose records the request names, seen from the caller (who is always in the demo agency). */
    enum Target {
        OWN_CASELOAD, OTHER_CASELOAD, OTHER_ORGANIZATION
    }

    enum Expect {
        ALLOW, FORBIDDEN, NOT_FOUND, UNAUTHORIZED,
        /** Not decided by roles alone (EHR clients: consent-gated); covered by the feature's own tests. */
        ELSEWHERE
    }

    /** What a caller needs of a peer's records, as DESIGN.md section 5 puts it. */
    enum Need {
        /** Profile: supervisors and org-admins, the peer's coaches, the person themself. */
        READ_PROFILE,
        /** Disclosures: supervisors, org-admins, the person themself (not coaches). */
        READ_DISCLOSURES,
        UPDATE_PROFILE, CONCLUDE, ASSIGN,
        /** Sessions and notes: the peer's coaches and supervisors. */
        READ_CARE,
        /** Recording sessions, notes, goals, plans: the peer's coaches. */
        WRITE_CARE,
        /** Goals, plans, assessments: as READ_CARE, and the person themself. */
        READ_SHARED,
        /** Assessments: the peer's coaches, and the person themself (self-report). */
        WRITE_SHARED
    }

    @FunctionalInterface
    interface Rule {
        Expect expect(Role role, Target target);
    }

    private static final Role COACH = Role.PEER_SPECIALIST;
    private static final Role SUP = Role.SUPERVISOR;
    private static final Role ADMIN = Role.ORG_ADMIN;
    private static final Role SELF = Role.PARTICIPANT;

    /** Anyone, without a token. */
    static Rule open() {
        return (role, target) -> Expect.ALLOW;
    }

    /** For EHR clients only; whether a client may read a peer's records is its consent's business. */
    static Rule ehrOnly() {
        return (role, target) -> role == Role.NONE ? Expect.UNAUTHORIZED
                : role == Role.EHR_CLIENT ? Expect.ELSEWHERE : Expect.FORBIDDEN;
    }

    /** An organization-wide operation naming no record (lists are scoped; the scan checks what they hold). */
    static Rule organization(Role... roles) {
        Set<Role> allowed = EnumSet.of(roles[0], roles);
        return (role, target) -> role == Role.NONE ? Expect.UNAUTHORIZED
                : !allowed.contains(role) ? Expect.FORBIDDEN : Expect.ALLOW;
    }

    /** An operation on one record of the organization that is not about a peer's care (staff, consents, ...). */
    static Rule organizationRecord(Role... roles) {
        Rule base = organization(roles);
        return (role, target) -> {
            Expect expect = base.expect(role, target);
            return expect == Expect.ALLOW && target == Target.OTHER_ORGANIZATION ? Expect.NOT_FOUND : expect;
        };
    }

    /**
     * A rule whose allowed calls cannot be made here for want of a record (a webhook delivery needs a receiving
     * endpoint); the refusals are checked, the allowed calls are left to the feature's own tests.
     */
    static Rule withoutFixture(Rule rule) {
        return (role, target) -> {
            Expect expect = rule.expect(role, target);
            return expect == Expect.ALLOW ? Expect.ELSEWHERE : expect;
        };
    }

    /** An operation on a peer's records, by the roles that may call it and what it needs of the peer. */
    static Rule peer(Need need, Role... roles) {
        Rule base = organization(roles);
        return (role, target) -> {
            Expect expect = base.expect(role, target);
            if (expect != Expect.ALLOW) {
                return expect;
            }
            if (target == Target.OTHER_ORGANIZATION || !sees(role, target == Target.OWN_CASELOAD, need)) {
                return Expect.NOT_FOUND;
            }
            return allows(role, target == Target.OWN_CASELOAD, need) ? Expect.ALLOW : Expect.FORBIDDEN;
        };
    }

    private static boolean sees(Role role, boolean own, Need need) {
        return switch (need) {
            case READ_PROFILE, UPDATE_PROFILE, CONCLUDE, ASSIGN ->
                role == SUP || role == ADMIN || (role == COACH || role == SELF) && own;
            case READ_DISCLOSURES -> role == SUP || role == ADMIN || role == SELF && own;
            case READ_CARE, WRITE_CARE -> role == SUP || role == COACH && own;
            case READ_SHARED, WRITE_SHARED -> role == SUP || (role == COACH || role == SELF) && own;
        };
    }

    private static boolean allows(Role role, boolean own, Need need) {
        return switch (need) {
            case READ_PROFILE, READ_DISCLOSURES, READ_CARE, READ_SHARED -> true;
            case UPDATE_PROFILE -> role == ADMIN || role == COACH && own;
            case CONCLUDE -> role == SUP || role == COACH && own;
            case ASSIGN -> role == SUP || role == ADMIN;
            case WRITE_CARE -> role == COACH && own;
            case WRITE_SHARED -> (role == COACH || role == SELF) && own;
        };
    }

    /** The expectation table: every operation of the document, by operationId. */
    static final Map<String, Rule> RULES = new TreeMap<>();

    static {
        // Caller and organization
        RULES.put("me", organization(COACH, SUP, ADMIN, SELF));
        RULES.put("getAgencySettings", organization(COACH, SUP, ADMIN));
        RULES.put("updateAgencySettings", organization(ADMIN));
        RULES.put("listAuditEvents", organization(SUP, ADMIN));
        RULES.put("getProgramReport", organization(SUP, ADMIN));
        RULES.put("listStaff", organization(SUP, ADMIN));
        RULES.put("getStaffMember", organizationRecord(SUP, ADMIN));
        RULES.put("updateStaffMember", organizationRecord(ADMIN));
        // Supervision assignments (issue 12): the body of a create names the target organization's staff
        RULES.put("createSupervisionAssignment", organizationRecord(ADMIN));
        RULES.put("listSupervisionAssignments", organization(SUP, ADMIN));
        RULES.put("getSupervisionAssignment", organizationRecord(SUP, ADMIN));
        RULES.put("deleteSupervisionAssignment", organizationRecord(ADMIN));
        // Peers and caseload
        RULES.put("createPeer", organization(COACH, SUP, ADMIN));
        RULES.put("listPeers", organization(COACH, SUP, ADMIN, SELF));
        RULES.put("searchPeers", organization(COACH, SUP, ADMIN));
        RULES.put("getCaseload", organization(COACH, SUP));
        RULES.put("getPeer", peer(Need.READ_PROFILE, COACH, SUP, ADMIN, SELF));
        RULES.put("updatePeer", peer(Need.UPDATE_PROFILE, COACH, SUP, ADMIN));
        RULES.put("concludePeer", peer(Need.CONCLUDE, COACH, SUP));
        RULES.put("assignCoaches", peer(Need.ASSIGN, SUP, ADMIN));
        // Sessions and notes
        RULES.put("createSession", peer(Need.WRITE_CARE, COACH));
        RULES.put("listSessions", peer(Need.READ_CARE, COACH, SUP));
        RULES.put("getSession", peer(Need.READ_CARE, COACH, SUP));
        RULES.put("deleteSession", peer(Need.WRITE_CARE, COACH));
        RULES.put("getSessionNote", peer(Need.READ_CARE, COACH, SUP));
        RULES.put("updateSessionNote", peer(Need.WRITE_CARE, COACH));
        RULES.put("signSessionNote", peer(Need.WRITE_CARE, COACH));
        RULES.put("addSessionNoteAddendum", peer(Need.WRITE_CARE, COACH));
        RULES.put("cosignSessionNote", peer(Need.READ_CARE, SUP));
        RULES.put("withdrawSessionNote", peer(Need.READ_CARE, SUP));
        // Goals
        RULES.put("createGoal", peer(Need.WRITE_CARE, COACH));
        RULES.put("listGoals", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("getGoal", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("updateGoal", peer(Need.WRITE_CARE, COACH));
        RULES.put("changeGoalStatus", peer(Need.WRITE_CARE, COACH));
        RULES.put("addGoalCheckIn", peer(Need.WRITE_CARE, COACH));
        // Network plans
        RULES.put("createNetworkPlan", peer(Need.WRITE_CARE, COACH));
        RULES.put("getNetworkPlan", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("updateNetworkPlan", peer(Need.WRITE_CARE, COACH));
        RULES.put("listNetworkPlanVersions", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("getNetworkPlanVersion", peer(Need.READ_SHARED, COACH, SUP, SELF));
        // Relapse-prevention plans (issue 6)
        RULES.put("createRelapsePreventionPlan", peer(Need.WRITE_CARE, COACH));
        RULES.put("getRelapsePreventionPlan", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("updateRelapsePreventionPlan", peer(Need.WRITE_CARE, COACH));
        RULES.put("listRelapsePreventionPlanVersions", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("getRelapsePreventionPlanVersion", peer(Need.READ_SHARED, COACH, SUP, SELF));
        // Assessments (issue 6)
        RULES.put("listAssessmentInstruments", organization(COACH, SUP, ADMIN, SELF));
        RULES.put("getAssessmentInstrument", organization(COACH, SUP, ADMIN, SELF));
        RULES.put("updateAssessmentInstrumentSettings", organization(ADMIN));
        RULES.put("createAssessment", peer(Need.WRITE_SHARED, COACH, SELF));
        RULES.put("listAssessments", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("getAssessment", peer(Need.READ_SHARED, COACH, SUP, SELF));
        RULES.put("getAssessmentTrend", peer(Need.READ_SHARED, COACH, SUP, SELF));
        // Consents, EHR clients, disclosures, webhooks (issue 5)
        RULES.put("createConsent", organizationRecord(ADMIN));
        RULES.put("listConsents", organization(SUP, ADMIN));
        RULES.put("getConsent", organizationRecord(SUP, ADMIN));
        RULES.put("revokeConsent", organizationRecord(ADMIN));
        RULES.put("registerEhrClient", organization(ADMIN));
        RULES.put("listEhrClients", organization(SUP, ADMIN));
        RULES.put("listDisclosures", peer(Need.READ_DISCLOSURES, SUP, ADMIN, SELF));
        RULES.put("createWebhook", organization(ADMIN));
        RULES.put("listWebhooks", organization(ADMIN));
        RULES.put("getWebhook", organizationRecord(ADMIN));
        RULES.put("updateWebhook", organizationRecord(ADMIN));
        RULES.put("deleteWebhook", organizationRecord(ADMIN));
        RULES.put("rotateWebhookSecret", organizationRecord(ADMIN));
        RULES.put("listWebhookDeliveries", organizationRecord(ADMIN));
        RULES.put("replayWebhookDelivery", withoutFixture(organizationRecord(ADMIN)));
        // EHR integration: for EHR clients only
        for (String op : List.of("syncNotes", "fhirReadPatient", "fhirSearchPatients", "fhirReadDocumentReference",
                "fhirSearchDocumentReferences", "fhirReadEncounter", "fhirSearchEncounters", "fhirReadGoal",
                "fhirSearchGoals", "fhirReadCarePlan", "fhirSearchCarePlans", "fhirReadQuestionnaireResponse",
                "fhirSearchQuestionnaireResponses", "fhirReadObservation", "fhirSearchObservations",
                "fhirReadCareTeam", "fhirSearchCareTeams", "fhirReadPractitioner", "fhirReadPractitionerRole",
                "bulkExportSystem", "bulkExportPatients",
                "bulkExportGroup", "bulkExportStatus", "bulkExportCancel", "bulkExportFile")) {
            RULES.put(op, ehrOnly());
        }
        RULES.put("fhirCapabilities", open());
        RULES.put("fhirReadQuestionnaire", open());
        RULES.put("fhirSearchQuestionnaires", open());
    }

    /** Operations whose allowed call changes the record for good: they get a record of their own each time. */
    private static final Set<String> DESTRUCTIVE = Set.of("concludePeer", "assignCoaches", "deleteSession",
            "signSessionNote", "cosignSessionNote", "revokeConsent", "changeGoalStatus", "createNetworkPlan",
            "createRelapsePreventionPlan", "deleteSupervisionAssignment", "deleteWebhook");

    private static final String BARC_10 = "b10c0000-0000-4000-8000-000000000001";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Set<Integer> REFUSALS_AFTER_ACCESS = Set.of(409, 412, 422);

    /** The records of one caseload. */
    static final class World {
        final String organization;
        final String coach;
        final String admin;
        final String participantSubject;
        final String coachStaffId;
        final String supervisorStaffId;
        final String ehrClientId;
        final Map<String, String> ids = new HashMap<>();

        private int sessions;

        World(String organization) {
            this.organization = organization;
            this.coach = staff("coach", "peer-specialist", organization);
            this.admin = staff("admin", "org-admin", organization);
            this.participantSubject = "participant-" + UUID.randomUUID();
            this.coachStaffId = org.peerpath.api.testing.Agency.staffIdOf(coach);
            String peer = created(coach, "/v1/peers", Map.of("preferredName", "Matrix " + UUID.randomUUID(),
                    "participantSubject", participantSubject, "enrolledOn", org.peerpath.api.testing.Agency.ENROLLED_ON),
                    "id");
            ids.put("peerId", peer);
            ids.put("goalId", newGoal(peer));
            ids.put("sessionId", newSession(peer));
            ids.put("number", "1");
            NetworkPlanTestData.crisisContactOf(coach, peer);
            ids.put("relapsePlanId", created(coach, "/v1/peers/" + peer + "/relapse-prevention-plan",
                    Map.of("reasonsForRecovery", List.of("My family")), "planId"));
            ids.put("assessmentId", created(coach, "/v1/peers/" + peer + "/assessments", assessment(), "id"));
            ids.put("staffId", coachStaffId);
            this.supervisorStaffId = newSupervisor();
            ids.put("assignmentId", newSupervision());
            ids.put("consentId", newConsent(peer));
            this.ehrClientId = EhrTestData.ehrClient(admin);
            ids.put("webhookId", newWebhook());
            ids.put("deliveryId", UUID.randomUUID().toString());
            ids.put("instrumentId", BARC_10);
            ids.put("jobId", UUID.randomUUID().toString());
            ids.put("groupId", UUID.randomUUID().toString());
            ids.put("file", "Patient");
            ids.put("id", peer);
        }

        String newSupervisor() {
            return (organization.equals(TestTokens.DEMO_AGENCY) ? org.peerpath.api.testing.Agency.demo()
                    : org.peerpath.api.testing.Agency.other()).supervisorMember().staffId();
        }

        /** The world's coach assigned to the world's supervisor, or to a new one when that is taken. */
        String newSupervision() {
            String supervisor = ids.containsKey("assignmentId") ? newSupervisor() : supervisorStaffId;
            return created(admin, "/v1/supervision-assignments", Map.of("supervisorId", supervisor,
                    "coachId", coachStaffId), "id");
        }

        String newPeer() {
            return created(coach, "/v1/peers", Map.of("preferredName", "Matrix " + UUID.randomUUID(), "enrolledOn",
                    org.peerpath.api.testing.Agency.ENROLLED_ON), "id");
        }

        String newGoal(String peer) {
            return created(coach, "/v1/peers/" + peer + "/goals", Map.of("domain", "HOUSING",
                    "statement", "Move into my own apartment", "status", "ACTIVE"), "id");
        }

        /** Each at its own hour: a coach and a peer are in one session at a time. */
        String newSession(String peer) {
            java.time.Instant start = java.time.Instant.parse("2026-11-20T00:00:00Z").plus(sessions++,
                    java.time.temporal.ChronoUnit.HOURS);
            return created(coach, "/v1/peers/" + peer + "/sessions", Map.of("startedAt", start.toString(),
                    "endedAt", start.plus(50, java.time.temporal.ChronoUnit.MINUTES).toString(), "modality",
                    "IN_PERSON", "setting", "COMMUNITY",
                    "note", Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Friday.")),
                    "id");
        }

        String newWebhook() {
            return created(admin, "/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "clientId", ehrClientId,
                    "eventTypes", List.of("NOTE_SIGNED")), "id");
        }

        String newConsent(String peer) {
            return created(admin, "/v1/consents", Map.of("peerId", peer, "recipientClientId",
                    EhrTestData.newClientId(), "recipientName", "EHR", "purpose", "TREATMENT",
                    "scopes", List.of("NOTES")), "id");
        }

        /** A fresh record for a destructive operation, by path parameter. */
        Map<String, String> fresh(String operationId) {
            Map<String, String> fresh = new HashMap<>(ids);
            switch (operationId) {
                case "concludePeer", "assignCoaches", "createNetworkPlan", "createRelapsePreventionPlan" ->
                    fresh.put("peerId", newPeer());
                case "deleteSession", "signSessionNote", "cosignSessionNote" ->
                    fresh.put("sessionId", newSession(ids.get("peerId")));
                case "changeGoalStatus" -> fresh.put("goalId", newGoal(ids.get("peerId")));
                case "revokeConsent" -> fresh.put("consentId", newConsent(ids.get("peerId")));
                case "deleteSupervisionAssignment" -> fresh.put("assignmentId", newSupervision());
                case "deleteWebhook" -> fresh.put("webhookId", newWebhook());
                default -> {
                }
            }
            return fresh;
        }
    }

    private static String staff(String prefix, String role, String organization) {
        return "Bearer " + TestTokens.user(prefix + "-" + UUID.randomUUID(), role).organization(organization)
                .claim("name", prefix + " matrix").claim("credentials", "CPRS").sign();
    }

    private static String created(String token, String path, Map<String, ?> body, String idField) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path(idField).toString();
    }

    private static Map<String, Object> assessment() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            answers.add(Map.of("linkId", Integer.toString(i), "value", 4));
        }
        return Map.of("instrumentId", BARC_10, "answers", answers);
    }

    /** A valid body for each operation that reads one, so that only access decides the answer. */
    private static Object body(String operationId, Map<String, String> ids, World world) {
        return switch (operationId) {
            case "updateAgencySettings" -> Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE",
                    "dailyUnitCap", 16, "timeZone", "America/New_York");
            case "updateAssessmentInstrumentSettings" -> Map.of("enabled", true);
            case "updateStaffMember" -> Map.of("credentials", "CPRS", "active", true);
            case "createPeer" -> Map.of("preferredName", "Matrix enrolment");
            case "searchPeers" -> Map.of("name", "Matrix");
            case "updatePeer" -> Map.of("pronouns", "they/them");
            case "concludePeer" -> Map.of("reason", "Completed the program");
            case "assignCoaches" -> Map.of("coachIds", List.of(world.coachStaffId));
            case "createSupervisionAssignment" -> Map.of("supervisorId", world.supervisorStaffId,
                    "coachId", world.coachStaffId);
            case "createSession" -> Map.of("startedAt", "2026-11-21T15:00:00Z", "endedAt", "2026-11-21T15:30:00Z",
                    "modality", "PHONE");
            case "updateSessionNote" -> Map.of("format", "DAP", "sections",
                    Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Friday."));
            case "addSessionNoteAddendum" -> Map.of("reason", "Late entry", "text", "Referral line: 555-0100");
            case "withdrawSessionNote" -> Map.of("reason", "Written in the wrong person's record");
            case "createGoal" -> Map.of("domain", "WELLNESS", "statement", "Walk daily");
            case "updateGoal" -> Map.of("measure", "A signed lease");
            case "changeGoalStatus" -> Map.of("status", "ON_HOLD");
            case "addGoalCheckIn" -> Map.of("checkedOn", "2026-11-20", "progress", 40);
            case "createNetworkPlan", "updateNetworkPlan" -> NetworkPlanTestData.plan();
            case "createRelapsePreventionPlan", "updateRelapsePreventionPlan" ->
                Map.of("reasonsForRecovery", List.of("My family"));
            case "createAssessment" -> assessment();
            case "createConsent" -> Map.of("peerId", ids.get("peerId"), "recipientClientId",
                    EhrTestData.newClientId(), "recipientName", "EHR", "purpose", "TREATMENT",
                    "scopes", List.of("NOTES"));
            case "revokeConsent" -> Map.of("reason", "Revoked in writing");
            case "registerEhrClient" -> Map.of("clientId", EhrTestData.newClientId(),
                    "recipientOrganization", "Riverside Health", "displayName", "Riverside EHR");
            case "createWebhook" -> Map.of("url", "http://127.0.0.1:9/hook", "clientId", world.ehrClientId,
                    "eventTypes", List.of("NOTE_SIGNED"));
            case "updateWebhook" -> Map.of("description", "Riverside EHR inbox");
            default -> null;
        };
    }

    /** Values for the query parameters an operation requires, by name. */
    private static Map<String, Object> query(Operation operation, Map<String, String> ids) {
        Map<String, Object> query = new HashMap<>();
        for (String name : operation.requiredQuery()) {
            query.put(name, switch (name) {
                case "instrumentId" -> BARC_10;
                case "from" -> LocalDate.now().minusDays(30).toString();
                case "to" -> LocalDate.now().toString();
                case "patient" -> ids.get("peerId");
                default -> throw new IllegalStateException("no value for required query parameter " + name);
            });
        }
        return query;
    }

    record Operation(String id, String method, String path, String contentType, boolean ifMatch,
            boolean prefer, List<String> requiredQuery) {
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheDesignSays() throws Exception {
        List<Operation> operations = operations();
        List<String> documented = operations.stream().map(Operation::id).toList();
        assertThat(RULES.keySet()).as("operations in the document without a rule in the matrix")
                .containsAll(documented);
        assertThat(documented).as("rules for operations the document no longer has")
                .containsAll(RULES.keySet());

        World own = new World(TestTokens.DEMO_AGENCY);
        World otherCaseload = new World(TestTokens.DEMO_AGENCY);
        World otherOrganization = new World(TestTokens.OTHER_AGENCY);
        Map<Target, World> worlds = Map.of(Target.OWN_CASELOAD, own, Target.OTHER_CASELOAD, otherCaseload,
                Target.OTHER_ORGANIZATION, otherOrganization);
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.PEER_SPECIALIST, own.coach);
        tokens.put(Role.SUPERVISOR, staff("supervisor", "supervisor", TestTokens.DEMO_AGENCY));
        tokens.put(Role.ORG_ADMIN, own.admin);
        tokens.put(Role.EHR_CLIENT, EhrTestData.ehrToken(EhrTestData.newClientId()));
        tokens.put(Role.PARTICIPANT, "Bearer " + TestTokens.user(own.participantSubject, "participant")
                .organization(TestTokens.DEMO_AGENCY).sign());
        tokens.put(Role.CONTENT_EDITOR, staff("editor", "content-editor", TestTokens.DEMO_AGENCY));
        tokens.put(Role.NONE, null);

        Set<String> otherOrganizationIds = Set.copyOf(otherOrganization.ids.values().stream()
                .filter(AccessMatrixTest::isUuid).toList());
        Set<String> otherCaseloadIds = Set.of(otherCaseload.ids.get("peerId"), otherCaseload.ids.get("goalId"),
                otherCaseload.ids.get("sessionId"), otherCaseload.ids.get("assessmentId"),
                otherCaseload.ids.get("relapsePlanId"));

        List<String> failures = new ArrayList<>();
        int checked = 0;
        int allowed2xx = 0;
        for (Operation operation : operations) {
            Rule rule = RULES.get(operation.id());
            for (Role role : Role.values()) {
                // An answer that cannot depend on whose record it is (no token, a role the operation refuses, an
                // organization-wide list) is asked for once; the others for each of the three targets.
                Role caller = role;
                boolean sameEverywhere = Arrays.stream(Target.values()).map(t -> rule.expect(caller, t))
                        .distinct().count() == 1;
                for (Target target : sameEverywhere ? List.of(Target.OWN_CASELOAD) : List.of(Target.values())) {
                    Expect expect = rule.expect(role, target);
                    if (expect == Expect.ELSEWHERE) {
                        continue;
                    }
                    World world = worlds.get(target);
                    Map<String, String> ids = expect == Expect.ALLOW && DESTRUCTIVE.contains(operation.id())
                            ? world.fresh(operation.id()) : world.ids;
                    Response response;
                    try {
                        response = call(operation, tokens.get(role), ids, world);
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(line(operation, role, target, expect, "call failed: " + e.getMessage()));
                        continue;
                    }
                    checked++;
                    int status = response.statusCode();
                    String problem = mismatch(expect, status);
                    if (problem == null && expect == Expect.ALLOW) {
                        allowed2xx += status < 300 ? 1 : 0;
                        String body = response.asString();
                        for (String id : otherOrganizationIds) {
                            if (body.contains(id)) {
                                problem = "LEAK of another organization's record " + id;
                            }
                        }
                        if (role == COACH || role == SELF) {
                            for (String id : otherCaseloadIds) {
                                if (body.contains(id)) {
                                    problem = "LEAK of someone else's caseload " + id;
                                }
                            }
                        }
                    }
                    if (problem != null) {
                        failures.add(line(operation, role, target, expect, problem + " (" + status + " "
                                + abbreviate(response.asString()) + ")"));
                    }
                }
            }
        }
        assertThat(failures).as("access matrix: %d calls checked, %d allowed with 2xx", checked, allowed2xx)
                .isEmpty();
    }

    private static String mismatch(Expect expect, int status) {
        boolean ok = switch (expect) {
            case ALLOW -> status >= 200 && status < 300 || REFUSALS_AFTER_ACCESS.contains(status);
            case FORBIDDEN -> status == 403;
            case NOT_FOUND -> status == 404;
            case UNAUTHORIZED -> status == 401;
            case ELSEWHERE -> true;
        };
        return ok ? null : "expected " + expect + ", got " + status;
    }

    private static Response call(Operation operation, String token, Map<String, String> ids, World world) {
        if (operation.id().equals("fhirReadQuestionnaire")) {
            ids = new HashMap<>(ids);
            ids.put("id", BARC_10);
        }
        Matcher params = PATH_PARAM.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (params.find()) {
            String value = ids.get(params.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture for path parameter " + params.group(1));
            }
            params.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        params.appendTail(path);
        RequestSpecification request = given();
        if (path.indexOf("$") >= 0) {
            request.urlEncodingEnabled(false); // FHIR operations ($export) as the document spells them
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        request.queryParams(query(operation, ids));
        if (operation.prefer()) {
            request.header("Prefer", "respond-async");
        }
        if (operation.ifMatch()) {
            request.header("If-Match", currentEtag(path.toString(), operation, world));
        }
        Object body = body(operation.id(), ids, world);
        if (operation.contentType() != null) {
            request.contentType(operation.contentType()).body(body == null ? Map.of() : body);
        }
        return request.when().request(operation.method(), path.toString());
    }

    /** The record's current ETag as its owner reads it, so that an allowed change can succeed. */
    private static String currentEtag(String path, Operation operation, World world) {
        String readPath = switch (operation.id()) {
            case "assignCoaches" -> path.replace("/coaches", "");
            case "updateAssessmentInstrumentSettings" -> path.replace("/agency-settings", "");
            case "withdrawSessionNote" -> path.replace("/withdrawal", "");
            default -> path;
        };
        String reader = path.startsWith("/v1/peers") || path.startsWith("/v1/sessions") || path.startsWith("/v1/goals")
                ? world.coach : world.admin;
        Response read = given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", reader).when().get(readPath);
        String etag = read.statusCode() == 200 ? read.header("ETag") : null;
        return etag == null ? "\"0\"" : etag;
    }

    private static List<Operation> operations() throws Exception {
        String document = given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode paths = new ObjectMapper().readTree(document).get("paths");
        List<Operation> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith("/v1/") && !entry.getKey().startsWith("/fhir/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = entry.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                JsonNode content = op.path("requestBody").path("content");
                String contentType = content.isObject() && content.fieldNames().hasNext()
                        ? content.fieldNames().next() : null;
                boolean ifMatch = false;
                boolean prefer = false;
                List<String> requiredQuery = new ArrayList<>();
                for (JsonNode parameter : op.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                        requiredQuery.add(parameter.path("name").asText());
                    }
                    if ("header".equals(parameter.path("in").asText())) {
                        ifMatch |= "If-Match".equalsIgnoreCase(parameter.path("name").asText());
                        prefer |= "Prefer".equalsIgnoreCase(parameter.path("name").asText())
                                && parameter.path("required").asBoolean();
                    }
                }
                result.add(new Operation(op.path("operationId").asText(), method.getKey().toUpperCase(),
                        entry.getKey(), contentType, ifMatch, prefer, requiredQuery));
            }
        }
        return result;
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return !value.startsWith("b10c0000");
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    private static String line(Operation operation, Role role, Target target, Expect expect, String problem) {
        return operation.id() + " " + operation.method() + " " + operation.path() + " as " + role + " on " + target
                + ": " + problem;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
