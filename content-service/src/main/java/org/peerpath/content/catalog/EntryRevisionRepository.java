package org.peerpath.content.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EntryRevisionRepository implements PanacheRepositoryBase<EntryRevision, EntryRevision.Key> {

    public Optional<EntryRevision> find(UUID entryId, int revision) {
        return find("entryId = ?1 and revision = ?2", entryId, revision).firstResultOptional();
    }

    /** Newest first, a keyset page below {@code beforeRevision}, fetching one extra row. */
    public List<EntryRevision> history(UUID entryId, int beforeRevision, int limit) {
        return find("entryId = ?1 and revision < ?2", Sort.descending("revision"), entryId, beforeRevision)
                .page(0, limit + 1).list();
    }
}
