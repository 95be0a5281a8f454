package org.peerpath.api.webhook;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

import com.fasterxml.jackson.databind.JsonNode;

@Path("/v1/webhooks")
@Tag(name = ApiTags.WEBHOOKS, description = "Signed event delivery to EHRs (Standard Webhooks)")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint for an EHR client",
            description = "Events committed from now on are delivered in order, at least once, signed per Standard "
                    + "Webhooks with the secret in the answer (shown only here and on rotation).")
    @APIResponse(responseCode = "201", description = "Registered; the answer holds the signing secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "422", description = "The client id is not an EHR client registered by the agency "
            + "(`errors` names `clientId`), or " + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<WebhookResponse> create(
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateWebhookRequest request) {
        return Responses.created(webhooks.create(request, idempotencyKey), uriInfo);
    }

    @GET
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "listWebhooks", summary = "List the agency's webhook endpoints")
    @APIResponse(responseCode = "200", description = "A page of endpoints",
            content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    public RestResponse<Page<WebhookResponse>> list(@Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(webhooks.list(page), uriInfo);
    }

    @GET
    @Path("/{webhookId}")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<WebhookResponse> get(@PathParam("webhookId") UUID webhookId) {
        return Responses.ok(webhooks.get(webhookId));
    }

    @PATCH
    @Path("/{webhookId}")
    @Consumes(ApiHeaders.MERGE_PATCH_JSON)
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "updateWebhook", summary = "Change, disable or enable a webhook endpoint (JSON merge patch)",
            description = "Changes the URL (checked as on registration), the event types, the description, or "
                    + "`active`. A disabled endpoint receives nothing and keeps its place in the event stream; "
                    + "enabled again, it receives what was committed meanwhile, in order, under the consents in "
                    + "effect at delivery. The EHR client cannot change.")
    @RequestBody(required = true, content = @Content(mediaType = ApiHeaders.MERGE_PATCH_JSON,
            schema = @Schema(implementation = WebhookPatchDocument.class)))
    @APIResponse(responseCode = "200", description = "The changed endpoint",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<WebhookResponse> update(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return Responses.ok(webhooks.update(webhookId, patch, ifMatch));
    }

    @DELETE
    @Path("/{webhookId}")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint and its delivery log",
            description = "Events the endpoint had not received are not sent (the change feed still holds them); "
                    + "disclosures already made stay in the accounting of disclosures. A delivery in progress "
                    + "finishes first. To pause instead, disable it (updateWebhook with `active: false`).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public void delete(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch) {
        webhooks.delete(webhookId, ifMatch);
    }

    @POST
    @Path("/{webhookId}/secret-rotation")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new secret signs from now on; for 24 hours the previous one signs too (a second "
                    + "signature in webhook-signature), so the receiver can switch without dropping events.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<WebhookResponse> rotateSecret(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey) {
        return Responses.created(webhooks.rotateSecret(webhookId, idempotencyKey), uriInfo);
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of an endpoint",
            description = "Every attempt, newest first: event id and type, outcome, status code, error, duration.")
    @APIResponse(responseCode = "200", description = "A page of attempts",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<Page<DeliveryResponse>> deliveries(@PathParam("webhookId") UUID webhookId,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(webhooks.deliveries(webhookId, page), uriInfo);
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/replay")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a logged event again, now",
            description = "Sends the event with its original id and body (receivers de-duplicate on webhook-id); "
                    + "the attempt is logged and answered.")
    @APIResponse(responseCode = "201", description = "The new attempt",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<DeliveryResponse> replay(@PathParam("webhookId") UUID webhookId,
            @PathParam("deliveryId") UUID deliveryId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey) {
        return Responses.created(webhooks.replay(webhookId, deliveryId, idempotencyKey), uriInfo);
    }
}
