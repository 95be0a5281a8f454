package org.peerpath.api.disclosure;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/peers/{peerId}/disclosures")
@Tag(name = ApiTags.DISCLOSURES, description = "Accounting of disclosures to EHRs (42 CFR 2.24, 2.25)")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

    @Inject
    DisclosureService disclosures;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN, Roles.PARTICIPANT })
    @Operation(operationId = "listDisclosures", summary = "List the disclosures of a person's records",
            description = "Every disclosure to an EHR client (FHIR, change feed, bulk export, webhook), newest "
                    + "first: when, to whom, under which consent and what. Never deleted, so the three years "
                    + "42 CFR 2.25 asks for are always covered. Supervisors and org-admins of the agency, and the "
                    + "person themself, may list them.")
    @APIResponse(responseCode = "200", description = "A page of disclosures",
            content = @Content(schema = @Schema(implementation = DisclosurePage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<Page<DisclosureResponse>> list(@PathParam("peerId") UUID peerId,
            @QueryParam("from") @Parameter(description = "Only disclosures at or after this instant",
                    example = "2024-01-01T00:00:00Z") Instant from,
            @QueryParam("to") @Parameter(description = "Only disclosures before this instant",
                    example = "2026-12-31T00:00:00Z") Instant to,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(disclosures.list(peerId, from, to, page), uriInfo);
    }
}
