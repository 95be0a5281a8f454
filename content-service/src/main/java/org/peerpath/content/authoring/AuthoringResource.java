package org.peerpath.content.authoring;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.common.security.CurrentCaller;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.content.common.security.Roles;
import org.peerpath.model.curriculum.CurriculumRef;
import org.peerpath.model.paging.Page;

@Path("/v1/entries")
@Tag(name = ContentTags.AUTHORING, description = "Drafts, publishing and revision history, for curriculum editors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CONTENT_EDITOR)
public class AuthoringResource {

    private static final String ETAG_DESCRIPTION = "The entry's version; send it as If-Match with the next change";

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEntry", summary = "Create a topic, section, item or technique as a draft")
    @APIResponse(responseCode = "201", description = "Created as a draft; readers do not see it until it is published",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(schema = @Schema(implementation = EntryState.class)))
    @APIResponse(responseCode = "409", description = "An entry with this kind, slug and place exists already")
    public RestResponse<EntryState> create(@NotNull @Valid CreateEntryRequest request) {
        Versioned<EntryState> created = authoring.create(request, caller.get().subject());
        URI location = uriInfo.getBaseUriBuilder().path("v1/entries").path(created.body().ref()).build();
        return RestResponse.ResponseBuilder.<EntryState>created(location).entity(created.body())
                .header(HttpHeaders.ETAG, created.etag()).build();
    }

    @GET
    @Path("/{ref}")
    @Operation(operationId = "getEntry", summary = "An entry as editors see it, with its newest content")
    @APIResponse(responseCode = "200", description = "The entry", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public RestResponse<EntryState> entry(@PathParam("ref") @Parameter(example = "topic:healthy-boundaries")
            @Size(max = 220) @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @QueryParam("locale") @DefaultValue("en") @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be a two-letter language code") String locale) {
        return withEtag(authoring.state(ref, locale));
    }

    @PUT
    @Path("/{ref}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveDraft", summary = "Save a new draft of an entry",
            description = "Adds a revision to the entry's history. Readers keep seeing the published revision.")
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "412", description = "The entry changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<EntryState> saveDraft(@PathParam("ref") @Parameter(example = "topic:healthy-boundaries")
            @Size(max = 220) @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @QueryParam("locale") @DefaultValue("en") @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be a two-letter language code") String locale,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the entry as last read",
                    example = "\"v3\"") @Size(max = 200) String ifMatch,
            @NotNull @Valid SaveDraftRequest request) {
        return withEtag(authoring.saveDraft(ref, locale, ifMatch, request, caller.get().subject()));
    }

    @POST
    @Path("/{ref}/publish")
    @Operation(operationId = "publishEntry", summary = "Publish an entry's draft, so that readers see it")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "No draft to publish, or its topic or section is not published")
    @APIResponse(responseCode = "412", description = "The entry changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<EntryState> publish(@PathParam("ref") @Parameter(example = "topic:healthy-boundaries")
            @Size(max = 220) @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @QueryParam("locale") @DefaultValue("en") @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be a two-letter language code") String locale,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the entry as last read",
                    example = "\"v3\"") @Size(max = 200) String ifMatch) {
        return withEtag(authoring.publish(ref, locale, ifMatch));
    }

    @GET
    @Path("/{ref}/revisions")
    @Operation(operationId = "listRevisions", summary = "The revision history of an entry, newest first")
    @APIResponse(responseCode = "200", description = "A page of revisions")
    @APIResponse(responseCode = "404", description = "No such entry")
    public RestResponse<Page<RevisionResponse>> revisions(@PathParam("ref") @Parameter(example = "topic:healthy-boundaries")
            @Size(max = 220) @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @QueryParam("locale") @DefaultValue("en") @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be a two-letter language code") String locale,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(authoring.revisions(ref, locale, page.limit, page.cursor), uriInfo);
    }

    @GET
    @Path("/{ref}/revisions/{revision}")
    @Operation(operationId = "getRevision", summary = "One revision of an entry, with its content")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "404", description = "No such entry or revision")
    public RevisionResponse revision(@PathParam("ref") @Parameter(example = "topic:healthy-boundaries")
            @Size(max = 220) @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @PathParam("revision") @Parameter(example = "1") @Min(1) @Max(Integer.MAX_VALUE) int revision,
            @QueryParam("locale") @DefaultValue("en") @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$",
                    message = "must be a two-letter language code") String locale) {
        return authoring.revision(ref, locale, revision);
    }

    private static RestResponse<EntryState> withEtag(Versioned<EntryState> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.body()).header(HttpHeaders.ETAG, versioned.etag()).build();
    }
}
