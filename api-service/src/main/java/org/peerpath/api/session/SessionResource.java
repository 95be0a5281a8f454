package org.peerpath.api.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/v1/sessions/{sessionId}")
@Tag(name = ApiTags.SESSIONS, description = "Coaching sessions with derived minutes and H0038 units")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR })
    @Operation(operationId = "getSession", summary = "Read a session")
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<SessionResponse> get(@PathParam("sessionId") UUID sessionId) {
        return Responses.ok(sessions.get(sessionId));
    }

    @DELETE
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "deleteSession", summary = "Delete a session recorded by mistake",
            description = "Only while its note is a draft; a session with a signed note is part of the record.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is signed; signed records are never deleted.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public void delete(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch) {
        sessions.delete(sessionId, ifMatch);
    }
}
