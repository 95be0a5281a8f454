package org.peerpath.content.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.topic.TopicResponse;
import org.peerpath.content.topic.TopicService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** A cached topic is answered from JSON prepared once, byte for byte what serializing it gives, with the same ETag. */
@QuarkusTest
class PreparedJsonWriterTest {

    private static final String TOPIC = "healthy-boundaries";

    @Inject
    @CacheName(CurriculumCache.NAME)
    Cache cache;

    @Inject
    TopicService topics;

    @Inject
    CatalogVersion catalogVersion;

    @Inject
    PreparedJsonWriter writer;

    @Inject
    ObjectMapper mapper;

    private static Response read() {
        return given().when().get("/v1/topics/" + TOPIC).then().statusCode(200).extract().response();
    }

    @Test
    void aCachedTopicIsWrittenFromPreparedBytesIdenticalToItsSerialization() throws Exception {
        cache.invalidateAll().await().indefinitely();
        Response uncached = read();
        Response prepared = read();

        TopicResponse cachedTopic = topics.topic(TOPIC, "en", catalogVersion.current());
        assertThat(writer.isPrepared(cachedTopic)).isTrue();
        assertThat(prepared.asByteArray()).isEqualTo(uncached.asByteArray())
                .isEqualTo(mapper.writeValueAsBytes(cachedTopic));
        assertThat(prepared.header("ETag")).isNotBlank().isEqualTo(uncached.header("ETag"));
        assertThat(prepared.contentType()).isEqualTo(uncached.contentType()).startsWith("application/json");
        given().header("If-None-Match", prepared.header("ETag")).when().get("/v1/topics/" + TOPIC)
                .then().statusCode(304);
    }
}
