package org.peerpath.api.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jboss.resteasy.reactive.RestResponse;

import ca.uhn.fhir.context.FhirContext;

/** The FHIR R4 context of the service (HAPI's model and parser) and the names the FHIR endpoints share. */
public final class Fhir {

    public static final String JSON = "application/fhir+json";
    public static final String BASE_PATH = "/fhir/r4";
    public static final String FHIR_VERSION = "4.0.1";

    /** HAPI's context is expensive to build and thread-safe: one for the JVM. Parsers are made per use. */
    public static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {
    }

    public static String encode(IBaseResource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * A read's answer: the resource, with {@code ETag: W/"<versionId>"} when it has a version and
     * {@code Last-Modified} from {@code meta.lastUpdated}, so that clients can cache and compare.
     */
    public static RestResponse<String> read(IBaseResource resource) {
        RestResponse.ResponseBuilder<String> ok = RestResponse.ResponseBuilder.ok(encode(resource));
        if (resource.getMeta().getVersionId() != null) {
            ok.header("ETag", "W/\"" + resource.getMeta().getVersionId() + "\"");
        }
        if (resource.getMeta().getLastUpdated() != null) {
            ok.lastModified(resource.getMeta().getLastUpdated());
        }
        return ok.build();
    }

    public static boolean isFhirPath(String path) {
        return path != null && (path.equals(BASE_PATH) || path.startsWith(BASE_PATH + "/"));
    }
}
