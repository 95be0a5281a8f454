package org.peerpath.api.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A session records a service given, and nobody is in two billed services at once, even under parallel creates. */
@QuarkusTest
class SessionTimeRulesTest {

    private static final int PARALLEL = 8;

    private final Agency demo = Agency.demo();

    private static Map<String, Object> session(Instant start, Instant end) {
        return Map.of("startedAt", start.toString(), "endedAt", end.toString(), "modality", "IN_PERSON");
    }

    private static Response post(String coach, String peer, Instant start, Instant end) {
        return given().header("Authorization", coach).contentType(ContentType.JSON).body(session(start, end))
                .when().post("/v1/peers/" + peer + "/sessions");
    }

    private static String created(String coach, String peer, Instant start, Instant end) {
        return post(coach, peer, start, end).then().statusCode(201).extract().path("id");
    }

    /** 09:00 in the agency's time zone, some days ago: every hour after it until evening is the same service date. */
    private Instant morning(int daysAgo) {
        String zone = given().header("Authorization", demo.admin()).when().get("/v1/agency-settings")
                .then().statusCode(200).extract().path("timeZone");
        return LocalDate.now(ZoneId.of(zone)).minusDays(daysAgo).atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void aSessionInTheFutureIsRefusedNamingTheField() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Future");
        Instant now = Instant.now();
        post(coach, peer, now.plus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.HOURS))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startedAt"))
                .body("errors.field", hasItem("endedAt"));
        post(coach, peer, now.minus(30, ChronoUnit.MINUTES), now.plus(30, ChronoUnit.MINUTES))
                .then().statusCode(400).body("errors[0].field", equalTo("endedAt"))
                .body("errors[0].message", containsString("future"));
        // A phone a minute or two fast is tolerated.
        post(coach, peer, now.minus(30, ChronoUnit.MINUTES), now.plus(2, ChronoUnit.MINUTES))
                .then().statusCode(201);
    }

    @Test
    void overlappingSessionsOfOnePeerAreRefusedNamingTheSessionInTheWay() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Overlap");
        Instant start = morning(3);
        String first = created(coach, peer, start, start.plus(50, ChronoUnit.MINUTES));
        String otherCoach = demo.coach();
        String supervisor = demo.supervisor();
        given().header("Authorization", supervisor).header("If-Match", etagOf(supervisor, "/v1/peers/" + peer))
                .contentType(ContentType.JSON)
                .body(Map.of("coachIds", List.of(Agency.staffIdOf(coach), Agency.staffIdOf(otherCoach))))
                .when().put("/v1/peers/" + peer + "/coaches").then().statusCode(200);
        post(otherCoach, peer, start.plus(30, ChronoUnit.MINUTES), start.plus(90, ChronoUnit.MINUTES))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/conflict"))
                .body("detail", containsString("The peer already has session " + first))
                .body("errors[0].field", equalTo("startedAt"));
        // Back to back is no overlap: one session ends when the next begins.
        String next = created(otherCoach, peer, start.plus(50, ChronoUnit.MINUTES), start.plus(80, ChronoUnit.MINUTES));

        // Deleting a session recorded by mistake frees its time.
        given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/sessions/" + first))
                .when().delete("/v1/sessions/" + first).then().statusCode(204);
        created(coach, peer, start, start.plus(50, ChronoUnit.MINUTES));
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void oneCoachIsNotWithTwoPeersAtOnce() {
        String coach = demo.coach();
        String one = createPeer(coach, "First");
        String two = createPeer(coach, "Second");
        Instant start = morning(4);
        String first = created(coach, one, start, start.plus(60, ChronoUnit.MINUTES));
        post(coach, two, start.plus(45, ChronoUnit.MINUTES), start.plus(75, ChronoUnit.MINUTES))
                .then().statusCode(409)
                .body("detail", containsString("The coach already has session " + first));
        created(coach, two, start.plus(60, ChronoUnit.MINUTES), start.plus(75, ChronoUnit.MINUTES));
    }

    @Test
    void theDailyCapAndTheOverlapRuleHoldUnderParallelCreates() throws Exception {
        int cap = given().header("Authorization", demo.admin()).when().get("/v1/agency-settings")
                .then().statusCode(200).extract().path("dailyUnitCap");
        String coach = demo.coach();
        String peer = createPeer(coach, "Parallel");
        Instant day = morning(5);
        // Enough one-hour sessions (four units each) to pass the cap, all on one service date, none overlapping.
        int hours = Math.min(cap / 4 + 3, 12);
        List<Response> answers = parallel(hours, i -> post(coach, peer, day.plus(i, ChronoUnit.HOURS),
                day.plus(i + 1, ChronoUnit.HOURS)));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        int billed = answers.stream().mapToInt(r -> r.path("billingUnits")).sum();
        assertThat(billed).isEqualTo(cap);

        // The same hour sent by several clients at once: one is recorded, the others are told which one.
        String second = demo.coach();
        String other = createPeer(second, "Race");
        Instant hour = morning(6);
        List<Response> racing = parallel(PARALLEL, i -> post(second, other, hour.plus(i, ChronoUnit.MINUTES),
                hour.plus(60 + i, ChronoUnit.MINUTES)));
        assertThat(racing.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(racing.stream().filter(r -> r.statusCode() == 409)).hasSize(PARALLEL - 1);
        List<Map<String, Object>> recorded = given().header("Authorization", second)
                .when().get("/v1/peers/" + other + "/sessions").then().statusCode(200).extract().path("items");
        assertThat(recorded).hasSize(1);
    }

    /**
     * One coach, several of their peers, the same hour, at once: the peers' own locks do not serialize these, the
     * coach's does, so one is recorded and the others are told which session is in the way (409, never a 500 from
     * the exclusion constraint).
     */
    @Test
    void oneCoachRecordingForSeveralPeersAtOnceKeepsOneSession() throws Exception {
        String coach = demo.coach();
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            peers.add(createPeer(coach, "Coach race " + i));
        }
        Instant hour = morning(7);
        List<Response> racing = parallel(PARALLEL, i -> post(coach, peers.get(i), hour, hour.plus(45,
                ChronoUnit.MINUTES)));
        assertThat(racing.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        String kept = racing.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("id");
        assertThat(racing.stream().filter(r -> r.statusCode() == 409)).hasSize(PARALLEL - 1)
                .allSatisfy(r -> assertThat(r.<String>path("detail")).contains("The coach already has session "
                        + kept));
    }

    private interface Call {
        Response make(int i);
    }

    /** Runs the calls on their own threads, released together so that they truly overlap. */
    private static List<Response> parallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Response> task = () -> {
                    start.await();
                    return call.make(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
