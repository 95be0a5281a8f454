package org.peerpath.api.consent;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.http.ApiHeaders;
import org.peerpath.api.common.http.Responses;
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

@Path("/v1/consents")
@Tag(name = ApiTags.CONSENTS, description = "Consents to disclose records to EHRs (42 CFR Part 2)")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "createConsent", summary = "Record a person's consent to disclose to an EHR",
            description = "From `effectiveFrom` until `expiresAt` or revocation, the named EHR client (or the EHR "
                    + "clients of the named organization) receives the covered parts of the person's record "
                    + "through FHIR, the change feed, bulk export and webhooks.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such peer in the organization.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<ConsentResponse> create(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateConsentRequest request) {
        return Responses.created(consents.create(request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "listConsents", summary = "List consents",
            description = "All consents of the organization, or of one peer, oldest first; revoked and expired "
                    + "ones included, with their status.")
    @APIResponse(responseCode = "200", description = "A page of consents",
            content = @Content(schema = @Schema(implementation = ConsentPage.class)))
    @APIResponse(responseCode = "404", description = "No such peer in the organization.")
    public RestResponse<Page<ConsentResponse>> list(
            @QueryParam("peerId") @Parameter(description = "Only this peer's consents") UUID peerId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(consents.list(peerId, page), uriInfo);
    }

    @GET
    @Path("/{consentId}")
    @RolesAllowed({ Roles.ORG_ADMIN, Roles.SUPERVISOR })
    @Operation(operationId = "getConsent", summary = "Read a consent")
    @APIResponse(responseCode = "200", description = "The consent",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<ConsentResponse> get(@PathParam("consentId") UUID consentId) {
        return Responses.ok(consents.get(consentId));
    }

    @POST
    @Path("/{consentId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "revokeConsent", summary = "Revoke a consent, at once",
            description = "No disclosure under the consent happens after this answers. EHR clients it named get "
                    + "a `CONSENT_REVOKED` tombstone in the change feed and a `consent.revoked` webhook, so they "
                    + "stop using the records.")
    @APIResponse(responseCode = "200", description = "The revoked consent",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already revoked.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<ConsentResponse> revoke(@PathParam("consentId") UUID consentId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull RevokeConsentRequest request) {
        return Responses.created(consents.revoke(consentId, request, idempotencyKey), uriInfo);
    }
}
