package org.peerpath.api.network;

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

@Path("/v1/peers/{peerId}/network-plan")
@Tag(name = ApiTags.NETWORK_PLANS, description = "The people, groups, professionals and organisations that support a "
        + "peer, crisis contacts among them, written with the person; versioned")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkPlanResource {

    @Inject
    NetworkPlanService plans;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "createNetworkPlan", summary = "Write a peer's first network plan",
            description = "A coach of the peer writes it with them. Each member gets an id it keeps in later "
                    + "versions; the relapse-prevention plan names crisis contacts by it.")
    @APIResponse(responseCode = "201", description = "Version 1 of the plan",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NetworkPlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The peer has a plan already, or is concluded.")
    @APIResponse(responseCode = "422", description = "The members are inconsistent (a crisis contact without its "
            + "own calling order, an unknown member id), or " + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<NetworkPlanResponse> create(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull SaveNetworkPlanRequest request) {
        return Responses.created(plans.create(peerId, request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getNetworkPlan", summary = "Read a peer's current network plan",
            description = "The peer's coaches, supervisors, and the person themself.")
    @APIResponse(responseCode = "200", description = "The current version",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NetworkPlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    public RestResponse<NetworkPlanResponse> get(@PathParam("peerId") UUID peerId) {
        return Responses.ok(plans.current(peerId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "updateNetworkPlan", summary = "Save a new version of a peer's network plan",
            description = "Send the whole plan as it should read now, with the current ETag in If-Match; send "
                    + "kept members with their id. The earlier versions stay readable.")
    @APIResponse(responseCode = "200", description = "The new current version",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NetworkPlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    @APIResponse(responseCode = "409", description = "The peer's participation is concluded.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "The members are inconsistent (a crisis contact without its "
            + "own calling order, an id that is no member of the current plan).")
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<NetworkPlanResponse> update(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull SaveNetworkPlanRequest request) {
        return Responses.ok(plans.update(peerId, request, ifMatch));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "listNetworkPlanVersions", summary = "A network plan's history",
            description = "Every saved version, newest first.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(schema = @Schema(implementation = NetworkPlanVersionPage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the peer has no plan yet.")
    public RestResponse<Page<NetworkPlanResponse>> history(@PathParam("peerId") UUID peerId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(plans.history(peerId, page), uriInfo);
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getNetworkPlanVersion", summary = "Read one version of a network plan")
    @APIResponse(responseCode = "200", description = "That version",
            content = @Content(schema = @Schema(implementation = NetworkPlanResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public NetworkPlanResponse version(@PathParam("peerId") UUID peerId,
            @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) @Parameter(description = "Version number, from 1") int number) {
        return plans.version(peerId, number);
    }
}
