package org.peerpath.api.relapseplan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.peerpath.api.common.http.ApiHeaders;
import org.peerpath.api.common.http.Responses;
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/peers/{peerId}/relapse-prevention-plan")
@Tag(name = ApiTags.RELAPSE_PREVENTION_PLANS, description = "Warning signs, triggers, coping strategies, reasons for "
        + "recovery and whom to call, written with the person; versioned")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "createRelapsePreventionPlan", summary = "Write a peer's first relapse-prevention plan",
            description = "A coach of the peer writes it with them. Whom to call names crisis contacts of the "
                    + "peer's network plan by member id.")
    @APIResponse(responseCode = "201", description = "Version 1 of the plan",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The peer has a plan already, or is concluded.")
    @APIResponse(responseCode = "422", description = "A technique is not in the curriculum, whom to call names no "
            + "crisis contact of the network plan, or " + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<PlanResponse> create(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull SavePlanRequest request) {
        return Responses.created(plans.create(peerId, request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getRelapsePreventionPlan", summary = "Read a peer's current plan",
            description = "The peer's coaches, supervisors, and the person themself.")
    @APIResponse(responseCode = "200", description = "The current version",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    public RestResponse<PlanResponse> get(@PathParam("peerId") UUID peerId) {
        return Responses.ok(plans.current(peerId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "updateRelapsePreventionPlan", summary = "Save a new version of a peer's plan",
            description = "Send the whole plan as it should read now, with the current ETag in If-Match. The "
                    + "earlier versions stay readable.")
    @APIResponse(responseCode = "200", description = "The new current version",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    @APIResponse(responseCode = "409", description = "The peer's participation is concluded.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "A technique is not in the curriculum, or whom to call names no "
            + "crisis contact of the network plan.")
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<PlanResponse> update(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull SavePlanRequest request) {
        return Responses.ok(plans.update(peerId, request, ifMatch));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "listRelapsePreventionPlanVersions", summary = "A plan's history",
            description = "Every saved version, newest first.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(schema = @Schema(implementation = PlanVersionPage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    public RestResponse<Page<PlanResponse>> history(@PathParam("peerId") UUID peerId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(plans.history(peerId, page), uriInfo);
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getRelapsePreventionPlanVersion", summary = "Read one version of a plan")
    @APIResponse(responseCode = "200", description = "That version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public PlanResponse version(@PathParam("peerId") UUID peerId,
            @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) @Parameter(description = "Version number, from 1") int number) {
        return plans.version(peerId, number);
    }
}
