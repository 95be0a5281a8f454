package org.peerpath.api.curriculum;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** content-service's reference lookup; its URL and timeouts are configured under {@code content-service}. */
@RegisterRestClient(configKey = "content-service")
public interface ContentServiceClient {

    /** 200 with the entry when a published entry has the reference, 404 when none does. */
    @GET
    @Path("/v1/refs/{ref}")
    @Produces(MediaType.APPLICATION_JSON)
    RestResponse<ReferenceView> resolve(@PathParam("ref") String ref);

    /** content-service's own readiness. */
    @GET
    @Path("/q/health/ready")
    @Produces(MediaType.APPLICATION_JSON)
    RestResponse<String> readiness();

    /** The part of content-service's answer this service uses. */
    record ReferenceView(String ref, String kind, String title, String link) {
    }
}
