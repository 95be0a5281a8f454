package org.peerpath.api.relapseplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.FhirSearch;
import org.peerpath.api.fhir.FhirDocs;

@Path(Fhir.BASE_PATH)
@Tag(name = ApiTags.FHIR)
@Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
public class PlanFhirResource {

    @Inject
    FhirReader reader;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/CarePlan")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchCarePlans", summary = "Search CarePlans (a person's relapse-prevention plan)",
            description = "The person's plan, current version. An empty Bundle unless a consent naming the calling "
                    + "client covers the person's plans.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchCarePlans(
            @QueryParam("patient") @Size(max = 100)
            @Parameter(required = true, description = "The person: `<id>` or `Patient/<id>`.") String patient) {
        return Fhir.encode(reader.search("CarePlan", FhirSearch.of("patient", patient, null, null), uriInfo));
    }

    @GET
    @Path("/CarePlan/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadCarePlan", summary = "Read a CarePlan (relapse-prevention plan)",
            description = "The plan's current version (meta.versionId). 404 unless a consent naming the calling "
                    + "client covers the person's plans.")
    @APIResponse(responseCode = "200", description = "The CarePlan",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readCarePlan(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("CarePlan", id));
    }
}
