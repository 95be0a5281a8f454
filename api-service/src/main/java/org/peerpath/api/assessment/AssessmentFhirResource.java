package org.peerpath.api.assessment;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

/**
 * Assessments in FHIR R4: Questionnaire (public), QuestionnaireResponse and the total's Observation (consent-gated).
 * An Observation has the id of its QuestionnaireResponse; both are searched by patient.
 */
@Path(Fhir.BASE_PATH)
@Tag(name = ApiTags.FHIR)
@Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
public class AssessmentFhirResource {

    static final String PATIENT_DOC = "The person: `<id>` or `Patient/<id>`.";
    static final String COUNT_DOC = "Entries per page, 1 to 100 (default 20).";
    static final String CURSOR_DOC = "Where the page continues: use the Bundle's `next` link as it is.";

    @Inject
    AssessmentFhirService fhir;

    @Inject
    FhirReader reader;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/Questionnaire/{id}")
    @PermitAll
    @Operation(operationId = "fhirReadQuestionnaire", summary = "Read a Questionnaire (assessment instrument)",
            description = "An instrument version with its items, answer scale, citation and terms. Public: it holds "
                    + "no personal data. Its canonical URL is what QuestionnaireResponses name.")
    @APIResponse(responseCode = "200", description = "The Questionnaire",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = "No such instrument.", content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readQuestionnaire(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(fhir.questionnaire(id));
    }

    @GET
    @Path("/Questionnaire")
    @PermitAll
    @Operation(operationId = "fhirSearchQuestionnaires", summary = "Search Questionnaires by canonical URL and version",
            description = "Resolves what a QuestionnaireResponse names: `url=<canonical>|<version>` or "
                    + "`url=<canonical>&version=<version>`; without parameters, every instrument version. Public, "
                    + "with `Bundle.total`.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid.", content = @Content(
            mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public String searchQuestionnaires(
            @QueryParam("url") @Size(max = 300) @Parameter(description = "The canonical URL, optionally with "
                    + "`|version`", example = "https://peerpath.dev/fhir/Questionnaire/barc-10|1") String url,
            @QueryParam("version") @Size(max = 40) @Parameter(description = "The instrument version", example = "1")
            String version,
            @QueryParam("_count") @Parameter(description = COUNT_DOC, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100")) Integer count,
            @QueryParam("_cursor") @Size(max = 1000) @Parameter(description = CURSOR_DOC) String cursor) {
        String base = uriInfo.getBaseUriBuilder().path(Fhir.BASE_PATH).build().toString().replaceAll("/$", "");
        return Fhir.encode(fhir.searchQuestionnaires(url, version, new FhirSearch(java.util.Map.of(), count, cursor),
                uriInfo.getRequestUriBuilder(), base));
    }

    @GET
    @Path("/QuestionnaireResponse/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadQuestionnaireResponse", summary = "Read a QuestionnaireResponse (assessment)",
            description = "The answers of one assessment; unanswered items have no answer. 404 unless a consent "
                    + "naming the calling client covers the person's assessments.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readQuestionnaireResponse(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("QuestionnaireResponse", id));
    }

    @GET
    @Path("/QuestionnaireResponse")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchQuestionnaireResponses", summary = "Search QuestionnaireResponses "
            + "(a person's assessments)", description = "Newest first. An empty Bundle unless a consent naming the "
                    + "calling client covers the person's assessments.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchQuestionnaireResponses(
            @QueryParam("patient") @Size(max = 100) @Parameter(required = true, description = PATIENT_DOC)
            String patient,
            @QueryParam("_count") @Parameter(description = COUNT_DOC, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100")) Integer count,
            @QueryParam("_cursor") @Size(max = 1000) @Parameter(description = CURSOR_DOC) String cursor) {
        return Fhir.encode(reader.search("QuestionnaireResponse", FhirSearch.of("patient", patient, count, cursor),
                uriInfo));
    }

    @GET
    @Path("/Observation/{id}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirReadObservation", summary = "Read an Observation (assessment total score)",
            description = "The total of a complete assessment (same id as its QuestionnaireResponse), with the "
                    + "cut-off as interpretation. Incomplete assessments have none (404). 404 also unless a consent "
                    + "naming the calling client covers the person's assessments.")
    @APIResponse(responseCode = "200", description = "The Observation",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Resource.class)))
    @APIResponse(responseCode = "404", description = FhirDocs.NOT_FOUND, content = @Content(mediaType = Fhir.JSON,
            schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public RestResponse<String> readObservation(@PathParam("id") @Size(max = 64) String id) {
        return Fhir.read(reader.read("Observation", id));
    }

    @GET
    @Path("/Observation")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "fhirSearchObservations", summary = "Search Observations (a person's assessment "
            + "totals)", description = "The totals of the person's complete assessments, newest first. An empty "
                    + "Bundle unless a consent naming the calling client covers the person's assessments.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(implementation = FhirDocs.Bundle.class)))
    public String searchObservations(
            @QueryParam("patient") @Size(max = 100) @Parameter(required = true, description = PATIENT_DOC)
            String patient,
            @QueryParam("_count") @Parameter(description = COUNT_DOC, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100")) Integer count,
            @QueryParam("_cursor") @Size(max = 1000) @Parameter(description = CURSOR_DOC) String cursor) {
        return Fhir.encode(reader.search("Observation", FhirSearch.of("patient", patient, count, cursor), uriInfo));
    }
}
