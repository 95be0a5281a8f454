package org.peerpath.api.staff;

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

@Path("/v1/staff")
@Tag(name = ApiTags.STAFF, description = "The agency's staff, created from their tokens on first use")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "listStaff", summary = "List the organization's staff by name")
    @APIResponse(responseCode = "200", description = "A page of staff",
            content = @Content(schema = @Schema(implementation = StaffPage.class)))
    public RestResponse<Page<StaffResponse>> list(@Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(staff.list(page), uriInfo);
    }

    @GET
    @Path("/{staffId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "getStaffMember", summary = "Read a staff member")
    @APIResponse(responseCode = "200", description = "The staff member",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<StaffResponse> get(@PathParam("staffId") UUID staffId) {
        return Responses.ok(staff.get(staffId));
    }

    @PUT
    @Path("/{staffId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "updateStaffMember", summary = "Set a staff member's credentials and whether active")
    @APIResponse(responseCode = "200", description = "The staff member",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<StaffResponse> update(@PathParam("staffId") UUID staffId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateStaffRequest request) {
        return Responses.ok(staff.update(staffId, request, ifMatch));
    }
}
