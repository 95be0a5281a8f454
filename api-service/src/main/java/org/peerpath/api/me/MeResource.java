package org.peerpath.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.AgencyCaller;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.security.CallerResponse;

@Path("/v1/me")
@Tag(name = ApiTags.CALLER, description = "Who the token identifies")
public class MeResource {

    @Inject
    AgencyCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "me", summary = "The caller: subject, agency, roles and credentials",
            description = "For staff and participants of an agency. Use it to check a token and show who is logged in.")
    @APIResponse(responseCode = "200", description = "The caller")
    public CallerResponse me() {
        return CallerResponse.of(caller.get());
    }
}
