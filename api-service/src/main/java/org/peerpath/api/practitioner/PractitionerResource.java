package org.peerpath.api.practitioner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.fhir.FhirDocs;

/** Staff in FHIR R4: the Practitioner and PractitionerRole that notes, sessions, plans and assessments reference. */
@Path(Fhir.BASE_PATH)
@Tag(name = ApiTags.FHIR)
@Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
public class PractitionerResource {

    private static final String WHERE = " 404 unless a resource the calling client may see (a note, session, plan "
            + "or assessment under a consent naming it) names the staff member.";

    @Inject
    PractitionerService practitioners;

    @GET
    @Path("/Practitioner/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadPractitioner", summary = "Read a Practitioner (staff member)",
            description = "The staff member with their NPI where recorded and the local staff id." + WHERE)
    @APIResponse(responseCode = "200", description = "The Practitioner",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readPractitioner(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(practitioners.practitioner(id));
    }

    @GET
    @Path("/PractitionerRole/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadPractitionerRole", summary = "Read a PractitionerRole (staff member's role)",
            description = "The staff member's role at the agency, NUCC 175T00000X Peer Specialist, with the agency's "
                    + "contact; same id as the Practitioner. 404 also while the agency records no contact." + WHERE)
    @APIResponse(responseCode = "200", description = "The PractitionerRole",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readPractitionerRole(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(practitioners.role(id));
    }
}
