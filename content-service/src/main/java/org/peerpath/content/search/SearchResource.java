package org.peerpath.content.search;

import java.util.Set;

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
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.common.http.PublicRead;
import org.peerpath.content.common.http.RequestLocale;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.model.curriculum.CurriculumRef;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

@Path("/v1/search")
@Tag(name = ContentTags.SEARCH, description = "Ranked search over the whole curriculum, by words and by meaning")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
public class SearchResource {

    /** Taken as text and checked here, so that an unknown kind is a 400 naming the field rather than a 404. */
    private static final Set<String> SEARCHABLE_KINDS = Set.of("TOPIC", "SECTION", "STRATEGY", "EXERCISE", "RESOURCE",
            "PRACTICE", "STAGE", "TECHNIQUE", "SUPPORT_TYPE", "PRINCIPLE", "CONTEXT", "OVERVIEW");
    private static final String MODES = "^(HYBRID|LEXICAL|SEMANTIC)$";

    @Inject
    SearchService search;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "search", summary = "Search topics, items, techniques, stages, overviews and more",
            description = "Ranks the curriculum by the query's words and by its meaning, fused (mode HYBRID, the "
                    + "default). Any word may match: entries matching more of them rank higher, so a long question "
                    + "still finds the best partial matches. \"Quoted phrases\" match as phrases and `-word` excludes. "
                    + "Small typos in titles are tolerated; the field's vocabulary (Narcan and naloxone, MOUD and MAT, "
                    + "relapse and recurrence of use, ...) is expanded. Each hit says why it matched.")
    @APIResponse(responseCode = "200", description = "Hits, most relevant first")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<SearchResult>> search(
            @QueryParam("q") @Parameter(description = "What to look for, in the coach's own words",
                    example = "my peer used again after six months")
            @NotBlank(message = "must not be empty") @Size(max = 200, message = "must be at most 200 characters")
            String q,
            @QueryParam("kind") @Parameter(description = "Only entries of this kind", example = "TECHNIQUE",
                    schema = @Schema(enumeration = { "TOPIC", "SECTION", "STRATEGY", "EXERCISE", "RESOURCE", "PRACTICE",
                            "STAGE", "TECHNIQUE", "SUPPORT_TYPE", "PRINCIPLE", "CONTEXT", "OVERVIEW" },
                            type = SchemaType.STRING))
            String kind,
            @QueryParam("stage") @Parameter(description = "Only entries of this stage", example = "connecting")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String stage,
            @QueryParam("topic") @Parameter(description = "Only entries of this topic", example = "healthy-boundaries")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @QueryParam("supportType") @Parameter(description = "Only entries of this support type",
                    example = "instrumental")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String supportType,
            @QueryParam("mode") @Parameter(description = "How to rank: HYBRID (words and meaning fused, the default), "
                    + "LEXICAL (words only) or SEMANTIC (meaning only)", example = "HYBRID",
                    schema = @Schema(enumeration = { "HYBRID", "LEXICAL", "SEMANTIC" }, type = SchemaType.STRING))
            @Pattern(regexp = MODES, message = "must be HYBRID, LEXICAL or SEMANTIC") String mode,
            @Valid @BeanParam PageRequest page) {
        if (kind != null && !SEARCHABLE_KINDS.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be a kind of entry such as TECHNIQUE");
        }
        SearchQuery query = new SearchQuery(q.strip(), locale.get(), kind == null ? null : EntryKind.valueOf(kind),
                stage, topic, supportType, mode == null ? SearchMode.HYBRID : SearchMode.valueOf(mode));
        return PagedResponses.ok(search.search(query, page.limit, page.cursor, catalogVersion.current()), uriInfo);
    }

    @GET
    @Path("/related")
    @Operation(operationId = "relatedEntries", summary = "Entries related to an entry (see also)",
            description = "The published entries nearest the given one by meaning, nearest first: for a \"see also\" "
                    + "list beside any topic, item, technique, stage or overview.")
    @APIResponse(responseCode = "200", description = "Related entries, nearest first")
    @APIResponse(responseCode = "404", description = "No published entry has this reference")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<SearchResult>> related(
            @QueryParam("ref") @Parameter(description = "The entry to find related ones for",
                    example = "technique:grounding")
            @NotBlank(message = "must not be empty") @Size(max = 220)
            @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a curriculum reference") String ref,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(search.related(ref, locale.get(), page.limit, page.cursor,
                catalogVersion.current()), uriInfo);
    }
}
