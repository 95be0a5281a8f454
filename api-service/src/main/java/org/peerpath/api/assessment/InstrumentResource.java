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

@Path("/v1/assessment-instruments")
@Tag(name = ApiTags.ASSESSMENT_INSTRUMENTS, description = "Versioned assessment instruments (BARC-10 first) with "
        + "their citation and terms, and each agency's settings for them")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @Inject
    InstrumentService instruments;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "listAssessmentInstruments", summary = "List assessment instruments",
            description = "Every instrument version, by code and version, with the caller's agency's labels and "
                    + "whether the agency uses it.")
    @APIResponse(responseCode = "200", description = "A page of instruments",
            content = @Content(schema = @Schema(implementation = InstrumentPage.class)))
    public RestResponse<Page<InstrumentResponse>> list(@Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(instruments.list(page), uriInfo);
    }

    @GET
    @Path("/{instrumentId}")
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "getAssessmentInstrument", summary = "Read an assessment instrument",
            description = "The ETag is the version of the agency's settings for it.")
    @APIResponse(responseCode = "200", description = "The instrument",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such instrument.")
    public RestResponse<InstrumentResponse> get(@PathParam("instrumentId") UUID instrumentId) {
        return Responses.ok(instruments.get(instrumentId));
    }

    @PUT
    @Path("/{instrumentId}/agency-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "updateAssessmentInstrumentSettings",
            summary = "Switch an instrument on or off for the agency, or set its scale labels",
            description = "Switched off, no new assessments use it; those recorded stay readable. Send the "
                    + "instrument's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The instrument with the agency's settings",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = InstrumentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such instrument.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<InstrumentResponse> updateSettings(@PathParam("instrumentId") UUID instrumentId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull InstrumentSettingsRequest request) {
        return Responses.ok(instruments.updateSettings(instrumentId, request, ifMatch));
    }
}
