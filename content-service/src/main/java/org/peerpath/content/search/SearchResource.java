package org.peerpath.content.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.common.http.PublicRead;
import org.peerpath.content.common.http.RequestLocale;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

@Path("/v1/search")
@Tag(name = ContentTags.SEARCH, description = "Ranked full-text search over the whole curriculum")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
public class SearchResource {

    /** Taken as text and checked here, so that an unknown kind is a 400 naming the field rather than a 404. */
    private static final String SEARCHABLE_KINDS =
            "^(TOPIC|SECTION|STRATEGY|EXERCISE|RESOURCE|PRACTICE|STAGE|TECHNIQUE|SUPPORT_TYPE|PRINCIPLE|CONTEXT)$";

    @Inject
    SearchService search;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "search", summary = "Search topics, items, techniques, stages and more",
            description = "Words, \"quoted phrases\", `or` and `-word` work as in web search engines. Small typos in "
                    + "titles are tolerated; synonyms the documents define (relapse, recurrence of use) are expanded.")
    @APIResponse(responseCode = "200", description = "Hits, most relevant first")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<SearchResult>> search(
            @QueryParam("q") @Parameter(description = "What to look for", example = "de-escalation")
            @NotBlank(message = "must not be empty") @Size(max = 200, message = "must be at most 200 characters")
            String q,
            @QueryParam("kind") @Parameter(description = "Only entries of this kind", example = "TECHNIQUE",
                    schema = @Schema(enumeration = { "TOPIC", "SECTION", "STRATEGY", "EXERCISE", "RESOURCE", "PRACTICE",
                            "STAGE", "TECHNIQUE", "SUPPORT_TYPE", "PRINCIPLE", "CONTEXT" }, type = SchemaType.STRING))
            @Pattern(regexp = SEARCHABLE_KINDS, message = "must be a kind of entry such as TECHNIQUE") String kind,
            @QueryParam("stage") @Parameter(description = "Only entries of this stage", example = "connecting")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String stage,
            @QueryParam("topic") @Parameter(description = "Only entries of this topic", example = "healthy-boundaries")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @Valid @BeanParam PageRequest page) {
        SearchQuery query = new SearchQuery(q.strip(), locale.get(), kind == null ? null : EntryKind.valueOf(kind),
                stage, topic);
        return PagedResponses.ok(search.search(query, page.limit, page.cursor, catalogVersion.current()), uriInfo);
    }
}
