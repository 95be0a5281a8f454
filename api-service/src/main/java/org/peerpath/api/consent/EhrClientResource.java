package org.peerpath.api.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/v1/ehr-clients")
@Tag(name = ApiTags.CONSENTS)
@Produces(MediaType.APPLICATION_JSON)
public class EhrClientResource {

    @Inject
    EhrClientService clients;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "registerEhrClient", summary = "Register an EHR client and the organization it acts for",
            description = "Only needed for consents that name an organization rather than a client id. The client "
                    + "itself is created in the identity provider (client credentials, role ehr-client).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = EhrClientResponse.class)))
    @APIResponse(responseCode = "409", description = "The client id is registered already.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<EhrClientResponse> register(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull RegisterEhrClientRequest request) {
        return Responses.created(clients.register(request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "listEhrClients", summary = "List the agency's registered EHR clients")
    @APIResponse(responseCode = "200", description = "A page of EHR clients",
            content = @Content(schema = @Schema(implementation = EhrClientPage.class)))
    public RestResponse<Page<EhrClientResponse>> list(@Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(clients.list(page), uriInfo);
    }
}
