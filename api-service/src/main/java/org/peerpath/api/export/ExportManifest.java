package org.peerpath.api.export;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkExportManifest", description = "The FHIR Bulk Data completion manifest: one NDJSON file per "
        + "resource type, and the deleted list when `_since` was given.")
public record ExportManifest(
        @Schema(description = "The export holds the data as of this instant; pass it as `_since` next time",
                example = "2026-11-20T10:00:00Z") Instant transactionTime,
        @Schema(description = "The kick-off request", maxLength = 2000,
                example = "https://api.example.org/fhir/r4/$export?_type=DocumentReference") String request,
        @Schema(description = "Files need the same bearer token as the kick-off", example = "true")
        boolean requiresAccessToken,
        @Schema(maxItems = 20, description = "One file per exported type (the `_type` values served)") List<File> output,
        @Schema(maxItems = 1, description = "Bundles of DELETE entries for what was removed since `_since`")
        List<File> deleted,
        @Schema(maxItems = 1) List<File> error) {

    @Schema(name = "BulkExportFile")
    public record File(
            @Schema(maxLength = 64, example = "DocumentReference") String type,
            @Schema(maxLength = 2000, example = "https://api.example.org/fhir/r4/$export-file/5e7f9a1b-3c5d-4e6f-8a0b-"
                    + "2c4d6e8f0a1b/DocumentReference") String url,
            @Schema(example = "10000") long count) {
    }
}
