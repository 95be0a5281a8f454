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
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.http.ApiHeaders;
import org.peerpath.api.common.http.Responses;
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/v1/goals/{goalId}")
@Tag(name = ApiTags.GOALS, description = "SMART goals, status moves and progress check-ins")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    @Inject
    GoalService goals;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getGoal", summary = "Read a goal with its check-ins")
    @APIResponse(responseCode = "200", description = "The goal",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<GoalResponse> get(@PathParam("goalId") UUID goalId) {
        return Responses.ok(goals.get(goalId));
    }

    @PATCH
    @Consumes(ApiHeaders.MERGE_PATCH_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "updateGoal", summary = "Change a goal (JSON merge patch)",
            description = "The peer's coaches change an open goal: its SMART fields, milestones (the array is "
                    + "replaced as a whole, so send every milestone with `done` set on those reached), techniques "
                    + "and topics (checked against the curriculum). The status moves with changeGoalStatus.")
    @RequestBody(required = true, content = @Content(mediaType = ApiHeaders.MERGE_PATCH_JSON,
            schema = @Schema(implementation = GoalPatchDocument.class)))
    @APIResponse(responseCode = "200", description = "The changed goal",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The goal is closed (ACHIEVED, NOT_ACHIEVED or CANCELLED).")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "A technique or topic is not in the curriculum.")
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<GoalResponse> update(@PathParam("goalId") UUID goalId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return Responses.ok(goals.update(goalId, patch, ifMatch));
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "changeGoalStatus", summary = "Move a goal to another status",
            description = "PROPOSED to ACTIVE or CANCELLED; ACTIVE to ON_HOLD, ACHIEVED, NOT_ACHIEVED or CANCELLED; "
                    + "ON_HOLD to ACTIVE, NOT_ACHIEVED or CANCELLED; NOT_ACHIEVED to ACTIVE. ACHIEVED and CANCELLED "
                    + "are final.")
    @APIResponse(responseCode = "200", description = "The goal",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<GoalResponse> changeStatus(@PathParam("goalId") UUID goalId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull GoalStatusRequest request) {
        return Responses.created(goals.changeStatus(goalId, request, idempotencyKey), uriInfo);
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "addGoalCheckIn", summary = "Record progress on an open goal")
    @APIResponse(responseCode = "201", description = "The check-in",
            content = @Content(schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The goal is closed.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<CheckInResponse> checkIn(@PathParam("goalId") UUID goalId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateCheckInRequest request) {
        return Responses.created(goals.checkIn(goalId, request, idempotencyKey), uriInfo);
    }
}
