package org.peerpath.api.fhir;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;

/**
 * FHIR R4, read-only, at {@code /fhir/r4}: the CapabilityStatement, then Patient, Encounter, DocumentReference, Goal
 * and CareTeam by id and by search (other features add theirs; every type is a registered {@link ServedType}).
 * Bodies are HAPI-encoded FHIR JSON; errors are OperationOutcomes.
 */
@Path(Fhir.BASE_PATH)
@Tag(name = ApiTags.FHIR, description = "FHIR R4 read access for agency EHRs (consent-gated, DS4P-labelled)")
@Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
public class FhirResource {

    private static final String DATE_DOC = "A FHIR date or dateTime with an optional prefix (eq, ge, gt, le, lt); "
            + "repeat for a range, e.g. `date=ge2026-11-01&date=lt2026-12-01`.";

    @Inject
    FhirReader reader;

    @Inject
    FhirTypes types;

    @Context
    UriInfo uriInfo;

    /** The identity provider (a Keycloak realm) whose token endpoint the CapabilityStatement names. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServer;

    @GET
    @Path("/metadata")
    @PermitAll
    @Operation(operationId = "fhirCapabilities", summary = "FHIR CapabilityStatement",
            description = "What this FHIR server supports: exactly the resources, interactions and search "
                    + "parameters listed. Public, as FHIR clients read it before they authenticate.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    public String metadata() {
        return Fhir.encode(Capabilities.statement(uriInfo.getBaseUriBuilder().path(Fhir.BASE_PATH).build().toString()
                .replaceAll("/$", ""), authServer.replaceAll("/$", "") + "/protocol/openid-connect/token", types));
    }

    @GET
    @Path("/Patient/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadPatient", summary = "Read a Patient (peer)",
            description = "Answers 404 unless a consent naming the calling client is in effect for the person.")
    @APIResponse(responseCode = "200", description = "The Patient",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readPatient(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("Patient", id));
    }

    @GET
    @Path("/Patient")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchPatients", summary = "Search Patients (peers)",
            description = "The people whose records the calling client may receive, oldest enrolment first.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchPatients(
            @QueryParam("_id") @Size(max = 10) @Parameter(description = "Logical ids, comma-separated")
            List<@Size(max = 400) String> ids,
            @QueryParam("identifier") @Size(max = 10) @Parameter(description = "The agency MRN or the peer id as "
                    + "`[system|]value`, e.g. `https://peerpath.dev/fhir/sid/<agency>/mrn|MRN-004512`")
            List<@Size(max = 400) String> identifier,
            @QueryParam("_lastUpdated") @Size(max = 2)
            @Parameter(description = PatientSearchParams.LAST_UPDATED_DOC)
            List<@Size(max = 40) String> lastUpdated,
            @QueryParam("_count") @Parameter(description = PatientSearchParams.COUNT_DOC,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
            Integer count,
            @QueryParam("_cursor") @Size(max = 1000) @Parameter(description = PatientSearchParams.CURSOR_DOC)
            String cursor) {
        return Fhir.encode(reader.search("Patient", new FhirSearch(Map.of("_id", ids == null ? List.of() : ids,
                "identifier", identifier == null ? List.of() : identifier,
                SearchParam.LAST_UPDATED, lastUpdated == null ? List.of() : lastUpdated), count, cursor), uriInfo));
    }

    @GET
    @Path("/DocumentReference/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadDocumentReference", summary = "Read a DocumentReference (signed note)",
            description = "A signed session note or addendum, with the note as a text/plain attachment and the "
                    + "42 CFR 2.32 notice. 404 unless a consent covering notes names the calling client.")
    @APIResponse(responseCode = "200", description = "The DocumentReference",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readDocumentReference(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("DocumentReference", id));
    }

    @GET
    @Path("/DocumentReference")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchDocumentReferences", summary = "Search DocumentReferences (signed notes)",
            description = "Signed notes and addenda the calling client may receive, in signing order.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchDocumentReferences(
            @QueryParam("date") @Size(max = 2) @Parameter(description = DATE_DOC) List<@Size(max = 40) String> date,
            @Valid @BeanParam PatientSearchParams search) {
        return Fhir.encode(reader.search("DocumentReference", search.toSearch(date), uriInfo));
    }

    @GET
    @Path("/Encounter/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadEncounter", summary = "Read an Encounter (session)",
            description = "404 unless a consent covering encounters names the calling client.")
    @APIResponse(responseCode = "200", description = "The Encounter",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readEncounter(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("Encounter", id));
    }

    @GET
    @Path("/Encounter")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchEncounters", summary = "Search Encounters (sessions)",
            description = "Sessions with a signed note that the calling client may receive, by start time.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchEncounters(
            @QueryParam("date") @Size(max = 2) @Parameter(description = DATE_DOC) List<@Size(max = 40) String> date,
            @Valid @BeanParam PatientSearchParams search) {
        return Fhir.encode(reader.search("Encounter", search.toSearch(date), uriInfo));
    }

    @GET
    @Path("/Goal/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadGoal", summary = "Read a Goal (recovery goal)",
            description = "404 unless a consent covering goals names the calling client.")
    @APIResponse(responseCode = "200", description = "The Goal",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readGoal(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("Goal", id));
    }

    @GET
    @Path("/Goal")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchGoals", summary = "Search Goals (recovery goals)",
            description = "Goals of the people whose consent (covering goals) names the calling client, oldest "
                    + "first.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchGoals(
            @Valid @BeanParam PatientSearchParams search) {
        return Fhir.encode(reader.search("Goal", search.toSearch(null), uriInfo));
    }

    @GET
    @Path("/CareTeam/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadCareTeam", summary = "Read a CareTeam (recovery network plan)",
            description = "The current version of the person's network plan (meta.versionId): its members as "
                    + "contained RelatedPerson, Practitioner or Organization participants, crisis contacts with a "
                    + "`crisis-contact` role. 404 unless a consent covering plans names the calling client.")
    @APIResponse(responseCode = "200", description = "The CareTeam",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readCareTeam(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("CareTeam", id));
    }

    @GET
    @Path("/CareTeam")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchCareTeams", summary = "Search CareTeams (recovery network plans)",
            description = "Network plans of the people whose consent (covering plans) names the calling client, "
                    + "oldest first.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchCareTeams(
            @Valid @BeanParam PatientSearchParams search) {
        return Fhir.encode(reader.search("CareTeam", search.toSearch(null), uriInfo));
    }
}
