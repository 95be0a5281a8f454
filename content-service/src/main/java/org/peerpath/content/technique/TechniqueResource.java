package org.peerpath.content.technique;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.catalog.EntryFilter;
import org.peerpath.content.common.http.PublicRead;
import org.peerpath.content.common.http.RequestLocale;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.content.process.ProcessService;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

@Path("/v1/techniques")
@Tag(name = ContentTags.TECHNIQUES, description = "Cross-cutting skills: OARS, reflective listening, grounding, ...")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
@APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
public class TechniqueResource {

    @Inject
    ProcessService process;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listTechniques", summary = "List techniques, optionally of one stage or topic")
    @APIResponse(responseCode = "200", description = "A page of techniques")
    public RestResponse<Page<TechniqueResponse>> list(
            @QueryParam("stage") @Parameter(description = "Only techniques of this stage", example = "connecting")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String stage,
            @QueryParam("topic") @Parameter(description = "Only techniques of this topic", example = "healthy-boundaries")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @Valid @BeanParam PageRequest page) {
        EntryFilter filter = new EntryFilter(topic, stage, null, null);
        return PagedResponses.ok(process.list(EntryKind.TECHNIQUE, TechniqueResponse.class, filter, locale.get(),
                page.limit, page.cursor, catalogVersion.current()), uriInfo);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTechnique", summary = "One technique with its stages and topics")
    @APIResponse(responseCode = "200", description = "The technique")
    @APIResponse(responseCode = "404", description = "No such technique")
    public TechniqueResponse technique(@PathParam("slug") @Parameter(example = "reflective-listening")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.TECHNIQUE, TechniqueResponse.class, slug, locale.get(), catalogVersion.current());
    }
}
