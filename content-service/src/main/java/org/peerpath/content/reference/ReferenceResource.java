package org.peerpath.content.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.common.http.PublicRead;
import org.peerpath.content.common.http.RequestLocale;
import org.peerpath.content.common.openapi.ContentTags;
import org.peerpath.model.curriculum.CurriculumRef;

@Path("/v1/refs")
@Tag(name = ContentTags.SEARCH)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@PublicRead
public class ReferenceResource {

    @Inject
    ReferenceService references;

    @Inject
    RequestLocale locale;

    @Inject
    CatalogVersion catalogVersion;

    @GET
    @Path("/{ref}")
    @Operation(operationId = "resolveReference", summary = "Resolve a curriculum reference such as technique:oars",
            description = "Other services check the references they store with this: 200 when a published entry "
                    + "has it, 404 when none does.")
    @APIResponse(responseCode = "200", description = "The entry the reference names")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No published entry has this reference")
    public ReferenceResponse resolve(@PathParam("ref") @Parameter(example = "technique:grounding") @Size(max = 220)
            @Pattern(regexp = CurriculumRef.PATTERN, message = "must be a reference such as technique:grounding")
            String ref) {
        return references.resolve(ref, locale.get(), catalogVersion.current());
    }
}
