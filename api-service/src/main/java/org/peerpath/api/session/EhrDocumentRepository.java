package org.peerpath.api.session;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EhrDocumentRepository implements PanacheRepositoryBase<EhrDocument, UUID> {

    public Optional<EhrDocument> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    /** Which of the notes have an addendum in effect, in one query. */
    public Set<UUID> amendedAmong(Collection<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select distinct d.noteId from EhrDocument d "
                + "where d.noteId in ?1 and d.kind = ?2 and d.withdrawnAt is null", UUID.class)
                .setParameter(1, noteIds).setParameter(2, EhrDocument.Kind.ADDENDUM).getResultList());
    }
}
