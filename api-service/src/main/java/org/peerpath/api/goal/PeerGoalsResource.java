package org.peerpath.api.goal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/v1/peers/{peerId}/goals")
@Tag(name = ApiTags.GOALS)
@Produces(MediaType.APPLICATION_JSON)
public class PeerGoalsResource {

    @Inject
    GoalService goals;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "createGoal", summary = "Set a goal with a peer")
    @APIResponse(responseCode = "201", description = "The goal",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<GoalResponse> create(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateGoalRequest request) {
        return Responses.created(goals.create(peerId, request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "listGoals", summary = "A peer's goals with their check-ins",
            description = "Participants read their own goals.")
    @APIResponse(responseCode = "200", description = "The goals, oldest first",
            content = @Content(schema = @Schema(implementation = GoalList.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public GoalList list(@PathParam("peerId") UUID peerId) {
        return new GoalList(goals.list(peerId));
    }
}
