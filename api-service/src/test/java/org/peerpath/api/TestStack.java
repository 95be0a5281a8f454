package org.peerpath.api;

import org.peerpath.api.testing.ContentServiceStub;
import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What every test of this service runs against: a real PostgreSQL, an OIDC provider's keys (real signed tokens), and
 * a stand-in for content-service's reference lookup.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "records"))
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContentServiceStub.class, scope = TestResourceScope.GLOBAL)
public final class TestStack {

    private TestStack() {
    }
}
