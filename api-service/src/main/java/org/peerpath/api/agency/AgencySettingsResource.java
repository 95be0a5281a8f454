package org.peerpath.api.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

@Path("/v1/agency-settings")
@Tag(name = ApiTags.AGENCY, description = "Note format and billing rules of the caller's agency")
@Produces(MediaType.APPLICATION_JSON)
public class AgencySettingsResource {

    @Inject
    AgencySettingsService settings;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "getAgencySettings", summary = "Read the agency's note format and billing rules")
    @APIResponse(responseCode = "200", description = "The settings (defaults until changed)",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = AgencySettingsResponse.class)))
    public RestResponse<AgencySettingsResponse> get() {
        return Responses.ok(settings.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "updateAgencySettings", summary = "Replace the agency's note format and billing rules",
            description = "Applies to sessions and notes recorded afterwards.")
    @APIResponse(responseCode = "200", description = "The settings",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = AgencySettingsResponse.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<AgencySettingsResponse> update(
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateAgencySettingsRequest request) {
        return Responses.ok(settings.update(request, ifMatch));
    }
}
