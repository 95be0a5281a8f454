package org.peerpath.api.peer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

import com.fasterxml.jackson.databind.JsonNode;

@Path("/v1/peers")
@Tag(name = ApiTags.PEERS, description = "People in recovery supported by the agency, and their coaches")
@Produces(MediaType.APPLICATION_JSON)
public class PeerResource {

    @Inject
    PeerService peers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "createPeer", summary = "Enrol a person in the program",
            description = "A peer specialist who enrols a person becomes their coach.")
    @APIResponse(responseCode = "201", description = "Enrolled",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PeerResponse.class)))
    @APIResponse(responseCode = "409", description = "The participant login is already linked to another peer.")
    @APIResponse(responseCode = "422", description = "A named coach is not staff of the organization, or "
            + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<PeerResponse> create(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreatePeerRequest request) {
        return Responses.created(peers.create(request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "listPeers", summary = "List the peers the caller may see",
            description = "Supervisors and org-admins see the whole organization, peer specialists their caseload, "
                    + "a participant their own record. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of peers",
            content = @Content(schema = @Schema(implementation = PeerPage.class)))
    public RestResponse<Page<PeerResponse>> list(
            @QueryParam("status") @Parameter(description = "Only peers with this status") PeerStatus status,
            @QueryParam("coachId") @Parameter(description = "Only peers this staff member coaches") UUID coachId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(peers.list(new PeerFilter(status, coachId, null), page), uriInfo);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "searchPeers", summary = "Find peers by name",
            description = "The name travels in the body so that it never lands in a URL log. Searching is safe to "
                    + "repeat; an Idempotency-Key is accepted and changes nothing.")
    @APIResponse(responseCode = "200", description = "A page of matching peers",
            content = @Content(schema = @Schema(implementation = PeerPage.class)))
    public Page<PeerResponse> search(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull PeerSearchRequest request) {
        return peers.search(request);
    }

    @GET
    @Path("/{peerId}")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "getPeer", summary = "Read a peer")
    @APIResponse(responseCode = "200", description = "The peer",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PeerResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<PeerResponse> get(@PathParam("peerId") UUID peerId) {
        return Responses.ok(peers.get(peerId));
    }

    @PATCH
    @Path("/{peerId}")
    @Consumes(ApiHeaders.MERGE_PATCH_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.ORG_ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "updatePeer", summary = "Change a peer's profile (JSON merge patch)",
            description = "Coaches of the peer and org-admins may change the profile. Send only the fields to "
                    + "change; null clears an optional one.")
    @RequestBody(required = true, content = @Content(mediaType = ApiHeaders.MERGE_PATCH_JSON,
            schema = @Schema(implementation = PeerPatchDocument.class)))
    @APIResponse(responseCode = "200", description = "The changed peer",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PeerResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The peer is concluded, or the participant login is linked "
            + "to another peer.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "The enrolment day would fall after the peer's first session.")
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<PeerResponse> update(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return Responses.ok(peers.update(peerId, patch, ifMatch));
    }

    @POST
    @Path("/{peerId}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR })
    @Operation(operationId = "concludePeer", summary = "Conclude a peer's participation",
            description = "The record is kept and can no longer be changed.")
    @APIResponse(responseCode = "200", description = "The concluded peer",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PeerResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already concluded.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<PeerResponse> conclude(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull ConcludePeerRequest request) {
        return Responses.created(peers.conclude(peerId, request, idempotencyKey), uriInfo);
    }

    @PUT
    @Path("/{peerId}/coaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "assignCoaches", summary = "Set the coaches of a peer",
            description = "Replaces the set of coaches. Send the peer's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The peer with its coaches",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = PeerResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "A coach is not an active peer specialist or supervisor of "
            + "the organization.")
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<PeerResponse> assignCoaches(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull CoachAssignmentRequest request) {
        return Responses.ok(peers.assignCoaches(peerId, request, ifMatch));
    }
}
