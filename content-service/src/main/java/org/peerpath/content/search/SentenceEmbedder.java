package org.peerpath.content.search;

import java.util.ServiceLoader;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.spi.model.embedding.EmbeddingModelFactory;

/**
 * The sentence-embedding model search ranks by meaning with: an ONNX model shipped inside a Maven artifact (which
 * one is a build choice, see the content-service pom), run in-process on the CPU, nothing fetched at run time.
 * The model's classes are loaded parent-first (application.properties), so its network (a static field of the
 * model class) and its native libraries are loaded once per process however often Quarkus restarts in it.
 */
@ApplicationScoped
public class SentenceEmbedder {

    /** Looked up on first use, once per class loader; the model behind it is the process's one. */
    private static final class Loaded {
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            return ServiceLoader.load(EmbeddingModelFactory.class, SentenceEmbedder.class.getClassLoader())
                    .findFirst().map(EmbeddingModelFactory::create)
                    .orElseThrow(() -> new IllegalStateException("No embedding model on the classpath; "
                            + "content-service's pom adds one through its search-model profiles"));
        }
    }

    /** Names the model, so that vectors stored by another model are recognised and recomputed. */
    public String model() {
        return Loaded.MODEL.getClass().getSimpleName();
    }

    /** The text's embedding, scaled to unit length so that a dot product is the cosine similarity. */
    public float[] embed(String text) {
        return Vectors.normalized(Loaded.MODEL.embed(text).content().vector());
    }
}
