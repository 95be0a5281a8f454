package org.peerpath.api.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.http.ApiHeaders;
import org.peerpath.api.common.http.Responses;
import org.peerpath.api.common.openapi.ApiDocs;
import org.peerpath.api.common.openapi.ApiTags;
import org.peerpath.api.common.security.Roles;

@Path("/v1/sessions/{sessionId}/note")
@Tag(name = ApiTags.NOTES, description = "Session notes: drafts, signatures, co-signatures and addenda")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    static final String SIGN_LOGIN = "Signing needs a login within the configured window (default 15 minutes): "
            + "401 with WWW-Authenticate error=\"insufficient_user_authentication\" otherwise.";

    @Inject
    NoteService notes;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PEER_SPECIALIST, Roles.SUPERVISOR })
    @Operation(operationId = "getSessionNote", summary = "Read a session's note with its addenda")
    @APIResponse(responseCode = "200", description = "The note",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    public RestResponse<NoteResponse> get(@PathParam("sessionId") UUID sessionId) {
        return Responses.ok(notes.get(sessionId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "updateSessionNote", summary = "Replace a draft note",
            description = "Only while the note is a draft. A signed note is never changed: add an addendum.")
    @APIResponse(responseCode = "200", description = "The draft note",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is signed and can never be changed.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<NoteResponse> update(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateNoteRequest request) {
        return Responses.ok(notes.update(sessionId, request, ifMatch));
    }

    @POST
    @Path("/signature")
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "signSessionNote", summary = "Sign a note (its author), freezing it",
            description = "Needs the session's setting and every section of the note's format. " + SIGN_LOGIN)
    @APIResponse(responseCode = "200", description = "The signed note with signer, time and content hash",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is already signed.")
    @APIResponse(responseCode = "422", description = "Fields payers require are missing (listed in `errors`), or "
            + ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<NoteResponse> sign(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey) {
        return Responses.created(notes.sign(sessionId, idempotencyKey), uriInfo);
    }

    @POST
    @Path("/cosignature")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "cosignSessionNote", summary = "Co-sign a signed note (supervisor)",
            description = SIGN_LOGIN)
    @APIResponse(responseCode = "200", description = "The co-signed note",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is not signed yet, or already co-signed.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<NoteResponse> cosign(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey) {
        return Responses.created(notes.cosign(sessionId, idempotencyKey), uriInfo);
    }

    @POST
    @Path("/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER_SPECIALIST)
    @Operation(operationId = "addSessionNoteAddendum", summary = "Add a signed addendum to a signed note",
            description = "Addenda are numbered in order and never changed. " + SIGN_LOGIN)
    @APIResponse(responseCode = "201", description = "The addendum",
            content = @Content(schema = @Schema(implementation = AddendumResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is still a draft.")
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    public RestResponse<AddendumResponse> addAddendum(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateAddendumRequest request) {
        return Responses.created(notes.addAddendum(sessionId, request, idempotencyKey), uriInfo);
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "withdrawSessionNote", summary = "Withdraw a signed note as entered in error (supervisor)",
            description = "For a note that should never have been signed (the wrong person, the wrong session). The "
                    + "note stays in the record with who withdrew it, when and why, and is frozen: no addendum or "
                    + "co-signature follows. EHRs receive the note and its addenda as withdrawn: FHIR "
                    + "DocumentReference status entered-in-error without content, a DOCUMENT_WITHDRAWN tombstone in "
                    + "the change feed, the webhook note.withdrawn, and the bulk export's deleted list. "
                    + SIGN_LOGIN)
    @APIResponse(responseCode = "200", description = "The withdrawn note, with its withdrawal",
            headers = @Header(name = ApiHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The note is a draft, or already withdrawn.")
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = ApiDocs.IDEMPOTENCY_MISMATCH)
    @APIResponse(responseCode = "428", description = ApiDocs.PRECONDITION_REQUIRED)
    public RestResponse<NoteResponse> withdraw(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(ApiHeaders.IF_MATCH) @Size(max = 100)
            @Parameter(required = true, description = ApiDocs.IF_MATCH) String ifMatch,
            @HeaderParam(ApiHeaders.IDEMPOTENCY_KEY) @Size(max = 255)
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull WithdrawNoteRequest request) {
        return Responses.created(notes.withdraw(sessionId, request, ifMatch, idempotencyKey), uriInfo);
    }
}
