package org.peerpath.api.sync;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EhrDocumentRepository implements PanacheRepositoryBase<EhrDocument, UUID> {

    public Optional<EhrDocument> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }
}
