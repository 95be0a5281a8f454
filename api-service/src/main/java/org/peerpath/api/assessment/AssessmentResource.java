package org.peerpath.api.assessment;

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

@Path("/v1/peers/{peerId}/assessments")
@Tag(name = ApiTags.ASSESSMENTS, description = "Recovery capital (BARC-10) administered by a coach or self-reported, "
        + "scored by the server, with history and trend")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.PARTICIPANT })
    @Operation(operationId = "createAssessment", summary = "Record an assessment",
            description = "A coach of the peer records one they administered (or a paper self-report); the person "
                    + "may self-report their own. Every item must be listed, with a value or the reason it was not "
                    + "answered. The server scores it: with any item unanswered it is INCOMPLETE and has no total.")
    @APIResponse(responseCode = "201", description = "Recorded and scored",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The peer's participation is concluded.")
    @APIResponse(responseCode = "422", description = "The instrument is switched off at the agency or retired, or "
            + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<AssessmentResponse> create(@PathParam("peerId") UUID peerId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateAssessmentRequest request) {
        return Responses.created(assessments.create(peerId, request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "listAssessments", summary = "A peer's assessment history",
            description = "Newest first; complete and incomplete ones. Coaches of the peer, supervisors, and the "
                    + "person themself.")
    @APIResponse(responseCode = "200", description = "A page of assessments",
            content = @Content(schema = @Schema(implementation = AssessmentPage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<Page<AssessmentResponse>> list(@PathParam("peerId") UUID peerId,
            @QueryParam("instrumentId") @Parameter(description = "Only this instrument version") UUID instrumentId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(assessments.list(peerId, instrumentId, page), uriInfo);
    }

    @GET
    @Path("/trend")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getAssessmentTrend", summary = "A peer's trend on one instrument",
            description = "Change since the first and since the previous complete assessment, and whether the "
                    + "total crossed the cut-off.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(schema = @Schema(implementation = TrendResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public TrendResponse trend(@PathParam("peerId") UUID peerId,
            @QueryParam("instrumentId") @NotNull
            @Parameter(required = true, description = "The instrument version, e.g. BARC-10 version 1: "
                    + "b10c0000-0000-4000-8000-000000000001") UUID instrumentId) {
        return assessments.trend(peerId, instrumentId);
    }

    @GET
    @Path("/{assessmentId}")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.PARTICIPANT })
    @Operation(operationId = "getAssessment", summary = "Read an assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<AssessmentResponse> get(@PathParam("peerId") UUID peerId,
            @PathParam("assessmentId") UUID assessmentId) {
        return Responses.ok(assessments.get(peerId, assessmentId));
    }
}
