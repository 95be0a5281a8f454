package org.peerpath.content.topic;

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
import org.peerpath.content.common.http.PublicRead;
import org.peerpath.content.common.http.RequestLocale;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.model.paging.Page;

@Path("/v1")
@Tag(name = ContentTags.TOPICS, description = "The eight peer meeting topics: sections, strategies, role-play "
        + "exercises, resources and wellness practices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
public class TopicResource {

    @Inject
    TopicService topics;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/topics")
    @Operation(operationId = "listTopics", summary = "List the peer meeting topics with their summaries")
    @APIResponse(responseCode = "200", description = "A page of topics in the documents' order")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<TopicSummary>> list(@Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(topics.topics(locale.get(), page.limit, page.cursor, catalogVersion.current()),
                uriInfo);
    }

    @GET
    @Path("/topics/{topic}")
    @Operation(operationId = "getTopic", summary = "One topic in full, with its sections and every item")
    @APIResponse(responseCode = "200", description = "The topic")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No published topic with this slug")
    public TopicResponse topic(@PathParam("topic") @Parameter(example = "healthy-boundaries") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic) {
        return topics.topic(topic, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/topics/{topic}/sections/{section}")
    @Operation(operationId = "getSection", summary = "One section of a topic, with its items")
    @APIResponse(responseCode = "200", description = "The section")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such topic or section")
    public SectionResponse section(
            @PathParam("topic") @Parameter(example = "healthy-boundaries") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @PathParam("section") @Parameter(example = "guide") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String section) {
        return topics.section(topic, section, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/topics/{topic}/items/{item}")
    @Operation(operationId = "getItem", summary = "One item of a topic: a strategy, exercise, resource or practice")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such topic or item")
    public ItemResponse item(
            @PathParam("topic") @Parameter(example = "healthy-boundaries") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @PathParam("item") @Parameter(example = "define-your-role-clearly") @Size(max = Slugs.MAX_LENGTH)
            @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String item) {
        return topics.item(topic, item, locale.get(), catalogVersion.current());
    }

    @GET
    @Path("/exercises")
    @Operation(operationId = "listExercises", summary = "List the role-play exercises, optionally of one topic")
    @APIResponse(responseCode = "200", description = "A page of exercises in the documents' order")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<ItemResponse>> exercises(
            @QueryParam("topic") @Parameter(description = "Only this topic's exercises", example = "healthy-boundaries")
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(topics.exercises(topic, locale.get(), page.limit, page.cursor,
                catalogVersion.current()), uriInfo);
    }

    @GET
    @Path("/resources")
    @Operation(operationId = "listResources", summary = "List the tools and organisations, by category and kind")
    @APIResponse(responseCode = "200", description = "A page of resources in the documents' order")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public RestResponse<Page<ItemResponse>> resources(
            @QueryParam("category") @Parameter(description = "Only this category", example = "FINANCIAL")
            @Size(max = 60) @Pattern(regexp = "^[A-Z_]+$", message = "must be a category such as FINANCIAL")
            String category,
            @QueryParam("kind") @Parameter(description = "Only this kind of resource", example = "TOOL")
            @Size(max = 60) @Pattern(regexp = "^[A-Z_]+$", message = "must be a resource kind such as TOOL")
            String kind,
            @Valid @BeanParam PageRequest page) {
        return PagedResponses.ok(topics.resources(category, kind, locale.get(), page.limit, page.cursor,
                catalogVersion.current()), uriInfo);
    }
}
