package org.peerpath.content.process;

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
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;

@Path("/v1")
@Tag(name = ContentTags.PROCESS, description = "The five-stage peer support process, the four support types, the "
        + "principles of a supportive environment and the contexts of peer support")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
@APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
public class ProcessResource {

    @Inject
    ProcessService process;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/stages")
    @Operation(operationId = "listStages", summary = "List the five stages of the peer support process")
    @APIResponse(responseCode = "200", description = "Connecting, Exploring, Supporting, Planning, Advocating")
    public RestResponse<Page<StageResponse>> stages(@Valid @BeanParam PageRequest page) {
        return list(EntryKind.STAGE, StageResponse.class, page);
    }

    @GET
    @Path("/stages/{slug}")
    @Operation(operationId = "getStage", summary = "One stage: description, key concepts, tools and resources")
    @APIResponse(responseCode = "200", description = "The stage")
    @APIResponse(responseCode = "404", description = "No such stage")
    public StageResponse stage(@PathParam("slug") @Parameter(example = "connecting") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.STAGE, StageResponse.class, slug, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/support-types")
    @Operation(operationId = "listSupportTypes", summary = "List the four types of support")
    @APIResponse(responseCode = "200", description = "Emotional, informational, instrumental, affiliational")
    public RestResponse<Page<SupportTypeResponse>> supportTypes(@Valid @BeanParam PageRequest page) {
        return list(EntryKind.SUPPORT_TYPE, SupportTypeResponse.class, page);
    }

    @GET
    @Path("/support-types/{slug}")
    @Operation(operationId = "getSupportType", summary = "One type of support with its examples")
    @APIResponse(responseCode = "200", description = "The support type")
    @APIResponse(responseCode = "404", description = "No such support type")
    public SupportTypeResponse supportType(@PathParam("slug") @Parameter(example = "emotional")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.SUPPORT_TYPE, SupportTypeResponse.class, slug, locale.get(),
                catalogVersion.current());
    }

    @GET
    @Path("/principles")
    @Operation(operationId = "listPrinciples", summary = "List the principles of a supportive environment")
    @APIResponse(responseCode = "200", description = "A page of principles")
    public RestResponse<Page<PrincipleResponse>> principles(@Valid @BeanParam PageRequest page) {
        return list(EntryKind.PRINCIPLE, PrincipleResponse.class, page);
    }

    @GET
    @Path("/principles/{slug}")
    @Operation(operationId = "getPrinciple", summary = "One principle of a supportive environment")
    @APIResponse(responseCode = "200", description = "The principle")
    @APIResponse(responseCode = "404", description = "No such principle")
    public PrincipleResponse principle(@PathParam("slug") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.PRINCIPLE, PrincipleResponse.class, slug, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/contexts")
    @Operation(operationId = "listContexts", summary = "List the three contexts of peer support")
    @APIResponse(responseCode = "200", description = "Peer-driven support, training, alongside professionals")
    public RestResponse<Page<ContextResponse>> contexts(@Valid @BeanParam PageRequest page) {
        return list(EntryKind.CONTEXT, ContextResponse.class, page);
    }

    @GET
    @Path("/contexts/{slug}")
    @Operation(operationId = "getContext", summary = "One context with its competencies or roles")
    @APIResponse(responseCode = "200", description = "The context")
    @APIResponse(responseCode = "404", description = "No such context")
    public ContextResponse context(@PathParam("slug") @Parameter(example = "training") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.CONTEXT, ContextResponse.class, slug, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/overviews/{slug}")
    @Operation(operationId = "getOverview", summary = "The introduction and closing of a collection",
            description = "Slugs: topics, stages, techniques, support-types, principles, contexts.")
    @APIResponse(responseCode = "200", description = "The overview")
    @APIResponse(responseCode = "404", description = "No such collection")
    public OverviewResponse overview(@PathParam("slug") @Parameter(example = "topics") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {
        return process.one(EntryKind.OVERVIEW, OverviewResponse.class, slug, locale.get(), catalogVersion.current());
    }

    private <T> RestResponse<Page<T>> list(EntryKind kind, Class<T> type, PageRequest page) {
        return PagedResponses.ok(process.list(kind, type, EntryFilter.NONE, locale.get(), page.limit, page.cursor,
                catalogVersion.current()), uriInfo);
    }
}
