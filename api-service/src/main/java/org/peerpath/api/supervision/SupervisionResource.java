package org.peerpath.api.supervision;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/v1/supervision-assignments")
@Tag(name = ApiTags.STAFF)
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @Inject
    SupervisionService supervision;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "createSupervisionAssignment", summary = "Assign a coach to a supervisor",
            description = "The supervisor must be an active staff member of the agency with the supervisor role, the "
                    + "coach one with the peer-specialist role. A coach may have several supervisors.")
    @APIResponse(responseCode = "201", description = "Assigned",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = SupervisionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's organization.")
    @APIResponse(responseCode = "409", description = "The coach is already assigned to this supervisor (the "
            + "problem names the assignment).")
    @APIResponse(responseCode = "422", description = "A staff member lacks the role (or is inactive), the two are "
            + "the same person, or " + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<SupervisionResponse> create(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateSupervisionRequest request) {
        return Responses.created(supervision.create(request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "listSupervisionAssignments", summary = "List supervision assignments, oldest first",
            description = "supervisorId lists a supervisor's coaches, coachId a coach's supervisors; without either, "
                    + "every assignment of the agency.")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(schema = @Schema(implementation = SupervisionPage.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's organization.")
    public RestResponse<Page<SupervisionResponse>> list(
            @QueryParam("supervisorId") @Parameter(description = "Only this supervisor's coaches")
            UUID supervisorId,
            @QueryParam("coachId") @Parameter(description = "Only this coach's supervisors") UUID coachId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(supervision.list(supervisorId, coachId, page), uriInfo);
    }

    @GET
    @Path("/{assignmentId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "getSupervisionAssignment", summary = "Read a supervision assignment")
    @APIResponse(responseCode = "200", description = "The assignment",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = SupervisionResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<SupervisionResponse> get(@PathParam("assignmentId") UUID assignmentId) {
        return Responses.ok(supervision.get(assignmentId));
    }

    @DELETE
    @Path("/{assignmentId}")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "deleteSupervisionAssignment", summary = "End a supervision assignment")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public void delete(@PathParam("assignmentId") UUID assignmentId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch) {
        supervision.delete(assignmentId, ifMatch);
    }
}
