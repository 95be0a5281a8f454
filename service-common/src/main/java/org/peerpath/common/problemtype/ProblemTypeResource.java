package org.peerpath.common.problemtype;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

/**
 * Every problem {@code type} URI a problem+json answer can carry ({@code https://peerpath.dev/problems/<kind>}), with
 * what it means and how to fix the request, served by every service at {@code /problems/<kind>}: public (it holds no
 * data of anyone) and cacheable for a day (it changes only with a release).
 */
@Path("/problems")
@Tag(name = ProblemTypeResource.TAG, description = "What each problem `type` URI means and how to fix the request")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProblemTypeResource {

    static final String TAG = "Problem types";
    static final String KIND_PATTERN = "^[a-z][a-z-]{0,49}$";
    private static final String CACHE_CONTROL = "public, max-age=86400";

    @Inject
    ProblemTypeCatalog catalog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listProblemTypes", summary = "List the problem types",
            description = "Every `type` a problem+json answer of the PeerPath APIs can carry, with what it means and "
                    + "how to fix the request. The `type` URI `https://peerpath.dev/problems/<kind>` is an identifier; "
                    + "its entry is at `/problems/<kind>` of either service.")
    @APIResponse(responseCode = "200", description = "A page of problem types",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Cacheable for a day",
                    schema = @Schema(type = SchemaType.STRING,
                            maxLength = 100)),
            content = @Content(schema = @Schema(implementation = ProblemTypePage.class)))
    public RestResponse<Page<ProblemTypeResponse>> list(@Valid @BeanParam PageRequest page) {
        return RestResponse.ResponseBuilder.fromResponse(PagedResponses.ok(catalog.list(page), uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("/{kind}")
    @Operation(operationId = "getProblemType", summary = "Read a problem type",
            description = "The entry of `https://peerpath.dev/problems/{kind}`.")
    @APIResponse(responseCode = "200", description = "The problem type",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Cacheable for a day",
                    schema = @Schema(type = SchemaType.STRING,
                            maxLength = 100)),
            content = @Content(schema = @Schema(implementation = ProblemTypeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such problem type")
    public RestResponse<ProblemTypeResponse> get(@PathParam("kind") @Parameter(example = "precondition-failed")
            @Size(max = 50) @Pattern(regexp = KIND_PATTERN) String kind) {
        return RestResponse.ResponseBuilder.ok(catalog.get(kind)).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
