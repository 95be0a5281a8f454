package org.peerpath.api.report;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;

@Path("/v1/reports")
@Tag(name = ApiTags.PROGRAM_REPORTS, description = "What the program delivered and how people are doing, per "
        + "organization and period, as JSON or CSV")
public class ProgramReportResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    ProgramReportService reports;

    @GET
    @Path("/program")
    @Produces({ MediaType.APPLICATION_JSON, TEXT_CSV })
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "getProgramReport", summary = "Program report for a period",
            description = "Active peers, sessions, minutes and units per coach, modality mix, process stages and "
                    + "support types delivered, risk flags with referrals, goals set and achieved, and BARC-10 change across the program, "
                    + "for the caller's organization. `Accept: text/csv` gives one long table (section, item, "
                    + "detail, metric, value) that a spreadsheet opens as it is.")
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "Content-Disposition", description = "For CSV: the suggested file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgramReport.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
                            examples = @ExampleObject(name = "csv", value = "section,item,detail,metric,value\r\n"
                                    + "sessions,all,,sessions,42\r\nper_coach,\"Dana K., CPRS\",CPRS,sessions,20\r\n"))
            })
    public Response program(
            @QueryParam("from") @NotNull @Parameter(required = true, description = "First day (inclusive)",
                    example = "2026-01-01") LocalDate from,
            @QueryParam("to") @NotNull @Parameter(required = true, description = "Last day (inclusive)",
                    example = "2026-03-31") LocalDate to,
            @Context HttpHeaders headers) {
        ProgramReport report = reports.report(from, to);
        if (wantsCsv(headers)) {
            return Response.ok(ProgramReportCsv.of(report), TEXT_CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"program-report-" + from + "-to-" + to
                            + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** CSV when the client prefers it to JSON (Accept order, by quality); JSON otherwise. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(TEXT_CSV))) {
                return true;
            }
        }
        return false;
    }
}
