package org.peerpath.api.session;

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
import org.peerpath.api.agency.BillingRounding;
import org.peerpath.api.common.http.ApiHeaders;
import org.peerpath.api.common.http.Responses;
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/peers/{peerId}/sessions")
@Tag(name = ApiTags.SESSIONS)
@Produces(MediaType.APPLICATION_JSON)
public class PeerSessionsResource {

    @Inject
    SessionService sessions;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "createSession", summary = "Record a coaching session",
            description = "Only the peer's coaches record sessions, once they took place (a session may end at most "
                    + "five minutes after the server's clock, for a device running fast), and from the peer's "
                    + "enrolment day on. The note starts as a draft. Minutes and H0038 units are derived here, never "
                    + "sent: " + BillingRounding.RULES + " " + BillingRounding.DAILY_CAP + " A session that "
                    + "overlaps another of the same peer or of the same coach is refused with 409, naming the "
                    + "session in the way; there is no flag-and-keep: the time is not recorded twice.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The peer's participation was concluded, or the session "
            + "overlaps a session of the same peer or coach (the problem names it).")
    @APIResponse(responseCode = "422", description = "The session predates the peer's enrolment, a goal is not the "
            + "peer's, or " + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<SessionResponse> create(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateSessionRequest request) {
        return Responses.created(sessions.create(peerId, request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR })
    @Operation(operationId = "listSessions", summary = "List a peer's sessions, oldest first")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(schema = @Schema(implementation = SessionPage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<Page<SessionResponse>> list(@PathParam("peerId") UUID peerId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(sessions.list(peerId, page), uriInfo);
    }

}
