package org.peerpath.api.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/audit-events")
@Tag(name = ApiTags.AUDIT, description = "Every read and write of personal data; never editable")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ORG_ADMIN })
    @Operation(operationId = "listAuditEvents", summary = "List the organization's audit events, oldest first")
    @APIResponse(responseCode = "200", description = "A page of audit events",
            content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public RestResponse<Page<AuditEventResponse>> list(
            @QueryParam("peerId") @Parameter(description = "Only events about this peer's records") UUID peerId,
            @QueryParam("actorSubject") @Size(max = 255)
            @Parameter(description = "Only events of this actor (OIDC subject)") String actorSubject,
            @QueryParam("resourceType") @Parameter(description = "Only events about this kind of record")
            AuditResourceType resourceType,
            @QueryParam("resourceId") @Parameter(description = "Only events about this record") UUID resourceId,
            @QueryParam("action") @Parameter(description = "Only this action") AuditAction action,
            @QueryParam("from") @Parameter(description = "Events at or after this time (ISO-8601)")
            OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "Events before this time (ISO-8601)") OffsetDateTime to,
            @Valid @BeanParam PageRequest page) {
        AuditFilter filter = new AuditFilter(peerId, actorSubject, resourceType, resourceId, action,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return PagedResponses.ok(audit.list(filter, page), uriInfo);
    }
}
