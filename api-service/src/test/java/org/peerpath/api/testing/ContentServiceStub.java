package org.peerpath.api.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for content-service in this service's tests: it answers the reference lookup
 * ({@code GET /v1/refs/{ref}}) as content-service does, 200 for the topics, stages and techniques of the project's
 * seed files and 404 for anything else, and it can be taken down and brought back ({@link #down(int)}).
 */
public class ContentServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "peerpath.test.content-service-stub.port";
    private static final Pattern LIST_SLUG = Pattern.compile("(?m)^- slug: ([a-z0-9-]+)\\s*$");
    private static final Pattern TOP_SLUG = Pattern.compile("(?m)^slug: ([a-z0-9-]+)\\s*$");

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching("/v1/refs/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://peerpath.dev/problems/not-found\",\"status\":404}")));
        for (String ref : seededRefs()) {
            server.stubFor(get(urlEqualTo("/v1/refs/" + ref)).atPriority(5)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"ref\":\"" + ref + "\",\"kind\":\"" + ref.substring(0, ref.indexOf(':'))
                                    .toUpperCase() + "\",\"title\":\"" + ref + "\",\"link\":\"/v1/x\"}")));
        }
        server.stubFor(get(urlEqualTo("/q/health/ready")).atPriority(5)
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
        return Map.of("quarkus.rest-client.content-service.url", server.baseUrl(),
                PORT_PROPERTY, Integer.toString(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Makes content-service unreachable (connections reset) until {@link #up(int)}. */
    public static void down(int port) {
        new WireMock(port).register(get(urlPathMatching("/.*")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static void up(int port) {
        WireMock admin = new WireMock(port);
        admin.allStubMappings().getMappings().stream().filter(mapping -> mapping.getPriority() != null && mapping.getPriority() == 1)
                .forEach(admin::removeStubMapping);
    }

    private static List<String> seededRefs() {
        Path curriculum = Path.of("../seeds/curriculum");
        List<String> refs = new ArrayList<>();
        slugs(read(curriculum.resolve("techniques.yaml")), LIST_SLUG).forEach(slug -> refs.add("technique:" + slug));
        slugs(read(curriculum.resolve("stages.yaml")), LIST_SLUG).forEach(slug -> refs.add("stage:" + slug));
        try (Stream<Path> topics = Files.list(curriculum.resolve("topics"))) {
            topics.forEach(topic -> slugs(read(topic), TOP_SLUG).stream().findFirst()
                    .ifPresent(slug -> refs.add("topic:" + slug)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refs;
    }

    private static List<String> slugs(String yaml, Pattern pattern) {
        List<String> slugs = new ArrayList<>();
        Matcher matcher = pattern.matcher(yaml);
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + file + " is not readable", e);
        }
    }
}
