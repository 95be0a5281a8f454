package org.peerpath.api.peer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/caseload")
@Tag(name = ApiTags.CASELOAD, description = "The peers assigned to the caller")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @Inject
    PeerService peers;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR })
    @Operation(operationId = "getCaseload", summary = "The caller's caseload",
            description = "Peers the caller coaches, oldest enrolment first.")
    @APIResponse(responseCode = "200", description = "A page of the caller's peers",
            content = @Content(schema = @Schema(implementation = PeerPage.class)))
    public RestResponse<Page<PeerResponse>> caseload(
            @QueryParam("status") @Parameter(description = "Only peers with this status") PeerStatus status,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(peers.caseload(status, page), uriInfo);
    }
}
