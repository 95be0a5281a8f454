package org.peerpath.api.export;

import java.util.ArrayList;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.fhir.FhirDocs;

/** FHIR Bulk Data Access: kick-off at system, Patient and Group level, status, files, cancel. */
@Path(Fhir.BASE_PATH)
@Tag(name = ApiTags.BULK_EXPORT, description = "FHIR Bulk Data $export (NDJSON), consent-gated")
public class ExportResource {

    public static final String NDJSON = "application/fhir+ndjson";
    private static final String TYPE_DOC = "Resource types to export, comma-separated (Patient, Encounter, "
            + "DocumentReference, Goal, CareTeam, CarePlan, QuestionnaireResponse, Observation); all when absent.";
    private static final String SINCE_DOC = "Only resources changed at or after this instant; the manifest then lists "
            + "deletions since it too.";
    private static final String PREFER_DOC = "Must be `respond-async`.";

    @Inject
    ExportService exports;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/$export")
    @Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportSystem", summary = "Start a system-level bulk export",
            description = "Everything the calling client may receive, as NDJSON files. Answers 202 at once; poll "
                    + "the Content-Location.")
    @APIResponse(responseCode = "202", description = "Accepted; poll the status URL",
            headers = @Header(name = "Content-Location", description = "The status URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)))
    public Response exportSystem(
            @HeaderParam("Prefer") @Size(max = 100) @Parameter(required = true, description = PREFER_DOC) String prefer,
            @QueryParam("_type") @Size(max = 3) @Parameter(description = TYPE_DOC) List<@Size(max = 200) String> type,
            @QueryParam("_since") @Size(max = 40) @Parameter(description = SINCE_DOC) String since,
            @QueryParam("_outputFormat") @Size(max = 40)
            @Parameter(description = "application/fhir+ndjson (the default)") String outputFormat) {
        return accepted(exports.kickOff(ExportJob.Level.SYSTEM, null, type, since, outputFormat, prefer,
                uriInfo.getRequestUri().toString()));
    }

    @GET
    @Path("/Patient/$export")
    @Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportPatients", summary = "Start a Patient-level bulk export",
            description = "All patients the calling client may receive, with their encounters and notes.")
    @APIResponse(responseCode = "202", description = "Accepted; poll the status URL",
            headers = @Header(name = "Content-Location", description = "The status URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)))
    public Response exportPatients(
            @HeaderParam("Prefer") @Size(max = 100) @Parameter(required = true, description = PREFER_DOC) String prefer,
            @QueryParam("_type") @Size(max = 3) @Parameter(description = TYPE_DOC) List<@Size(max = 200) String> type,
            @QueryParam("_since") @Size(max = 40) @Parameter(description = SINCE_DOC) String since,
            @QueryParam("_outputFormat") @Size(max = 40)
            @Parameter(description = "application/fhir+ndjson (the default)") String outputFormat) {
        return accepted(exports.kickOff(ExportJob.Level.PATIENT, null, type, since, outputFormat, prefer,
                uriInfo.getRequestUri().toString()));
    }

    @GET
    @Path("/Group/{groupId}/$export")
    @Produces({ Fhir.JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportGroup", summary = "Start a Group-level bulk export",
            description = "A group is a coach's caseload (the group id is the coach's staff id): the patients of "
                    + "that caseload the calling client may receive. A group of another agency, or an id that names "
                    + "no group, is 404.")
    @APIResponse(responseCode = "202", description = "Accepted; poll the status URL",
            headers = @Header(name = "Content-Location", description = "The status URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)))
    @APIResponse(responseCode = "404", description = "No such group for the calling client",
            content = @Content(mediaType = Fhir.JSON,
                    schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public Response exportGroup(@PathParam("groupId") UUID groupId,
            @HeaderParam("Prefer") @Size(max = 100) @Parameter(required = true, description = PREFER_DOC) String prefer,
            @QueryParam("_type") @Size(max = 3) @Parameter(description = TYPE_DOC) List<@Size(max = 200) String> type,
            @QueryParam("_since") @Size(max = 40) @Parameter(description = SINCE_DOC) String since,
            @QueryParam("_outputFormat") @Size(max = 40)
            @Parameter(description = "application/fhir+ndjson (the default)") String outputFormat) {
        return accepted(exports.kickOff(ExportJob.Level.GROUP, groupId, type, since, outputFormat, prefer,
                uriInfo.getRequestUri().toString()));
    }

    @GET
    @Path("/$export-status/{jobId}")
    @Produces({ MediaType.APPLICATION_JSON, Fhir.JSON })
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportStatus", summary = "Poll a bulk export",
            description = "202 with X-Progress while it runs, 200 with the manifest when done.")
    @APIResponse(responseCode = "200", description = "Done: the manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExportManifest.class)))
    @APIResponse(responseCode = "202", description = "Still running",
            headers = @Header(name = "X-Progress", description = "How far it got",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)))
    @APIResponse(responseCode = "404", description = "No such export for this client, or it expired or was "
            + "cancelled.", content = @Content(mediaType = Fhir.JSON,
                    schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public Response status(@PathParam("jobId") UUID jobId) {
        ExportJob job = exports.status(jobId);
        if (job.status == ExportJob.Status.IN_PROGRESS) {
            return Response.accepted().header("X-Progress", "Counting resources").header("Retry-After", "2").build();
        }
        if (job.status == ExportJob.Status.FAILED) {
            throw new org.peerpath.api.fhir.FhirException(500, org.hl7.fhir.r4.model.OperationOutcome.IssueType
                    .EXCEPTION, job.error);
        }
        String base = uriInfo.getBaseUriBuilder().path(Fhir.BASE_PATH).build().toString().replaceAll("/$", "");
        List<ExportManifest.File> output = new ArrayList<>();
        for (String type : job.types) {
            long count = job.counts.getOrDefault(type, 0L);
            if (count > 0) {
                output.add(new ExportManifest.File(type, base + "/$export-file/" + job.id + "/" + type, count));
            }
        }
        List<ExportManifest.File> deleted = new ArrayList<>();
        long removed = job.counts.getOrDefault(ExportService.DELETED, 0L);
        if (removed > 0) {
            deleted.add(new ExportManifest.File("Bundle", base + "/$export-file/" + job.id + "/"
                    + ExportService.DELETED, removed));
        }
        return Response.ok(new ExportManifest(job.transactionTime, job.requestUrl, true, output, deleted, List.of()))
                .type(MediaType.APPLICATION_JSON).header("Expires", job.expiresAt.toString()).build();
    }

    @DELETE
    @Path("/$export-status/{jobId}")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportCancel", summary = "Cancel a bulk export",
            description = "Its files are no longer served.")
    @APIResponse(responseCode = "202", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such export for this client.",
            content = @Content(mediaType = Fhir.JSON,
                    schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public Response cancel(@PathParam("jobId") UUID jobId) {
        exports.cancel(jobId);
        return Response.accepted().build();
    }

    @GET
    @Path("/$export-file/{jobId}/{file}")
    @Produces(NDJSON)
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "bulkExportFile", summary = "Download one file of a bulk export",
            description = "NDJSON, one resource per line, streamed.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 2147483647)))
    @APIResponse(responseCode = "404", description = "No such file for this client.",
            content = @Content(mediaType = Fhir.JSON,
                    schema = @Schema(implementation = FhirDocs.OperationOutcome.class)))
    public Response file(@PathParam("jobId") UUID jobId,
            @PathParam("file") @Size(max = 64) @Parameter(description = "A resource type, or `deleted`") String file) {
        return Response.ok(exports.file(jobId, file)).type(NDJSON).build();
    }

    private Response accepted(UUID jobId) {
        return Response.accepted()
                .header("Content-Location", uriInfo.getBaseUriBuilder().path(Fhir.BASE_PATH)
                        .path("$export-status").path(jobId.toString()).build().toString())
                .build();
    }
}
