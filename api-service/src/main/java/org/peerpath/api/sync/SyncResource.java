package org.peerpath.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;

@Path("/v1/sync")
@Tag(name = ApiTags.SYNC, description = "Incremental sync of signed notes for agency EHRs")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    SyncService sync;

    @GET
    @Path("/notes")
    @RolesAllowed(Roles.EHR_CLIENT)
    @Operation(operationId = "syncNotes", summary = "Signed notes and addenda changed since a cursor",
            description = "The change feed for the calling EHR client: signed notes and addenda of the people whose "
                    + "consent (covering notes) names it, and tombstones (DOCUMENT_WITHDRAWN, CONSENT_REVOKED) for "
                    + "what it must delete. Start without a cursor; save the answer's `cursor` after processing "
                    + "each page. A change committed late is never skipped, and a consumer that restarts from its "
                    + "saved cursor gets each change exactly once. An empty page answers the same cursor.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = FeedPage.class)))
    public FeedPage notes(
            @QueryParam("cursor") @Size(max = 1000)
            @Parameter(description = "The `cursor` of the previous answer; absent to start from the beginning")
            String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500)
            @Parameter(description = "Changes per page, 1 to 500") int limit) {
        return sync.notes(cursor, limit);
    }
}
