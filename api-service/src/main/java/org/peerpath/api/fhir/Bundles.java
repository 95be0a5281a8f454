package org.peerpath.api.fhir;

import java.util.Date;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Searchset Bundles: the page's resources as matches, the self link and, when there is more, the next link. */
public final class Bundles {

    private Bundles() {
    }

    public static Bundle searchset(List<? extends Resource> resources, String nextCursor, UriBuilder self,
            String base) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        bundle.addLink().setRelation("self").setUrl(self.build().toString());
        if (nextCursor != null) {
            bundle.addLink().setRelation("next")
                    .setUrl(self.replaceQueryParam("_cursor", nextCursor).build().toString());
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
