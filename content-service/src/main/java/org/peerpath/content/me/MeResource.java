package org.peerpath.content.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.common.security.CallerResponse;
import org.peerpath.common.security.CurrentCaller;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.content.common.security.Roles;

@Path("/v1/me")
@Tag(name = ContentTags.CALLER, description = "Who the token identifies")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_EDITOR)
    @Operation(operationId = "me", summary = "The curriculum editor behind the token",
            description = "Lets an authoring tool check a token and show who is logged in.")
    @APIResponse(responseCode = "200", description = "The caller")
    public CallerResponse me() {
        return CallerResponse.of(caller.get());
    }
}
