package org.peerpath.api.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionNoteRepository implements PanacheRepositoryBase<SessionNote, UUID> {

    public Optional<SessionNote> findBySession(String organization, UUID sessionId) {
        return find("organizationId = ?1 and sessionId = ?2", organization, sessionId).firstResultOptional();
    }

    public Optional<SessionNote> findBySessionForUpdate(String organization, UUID sessionId) {
        return find("organizationId = ?1 and sessionId = ?2", organization, sessionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<SessionNote> forSessions(String organization, Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return list("organizationId = ?1 and sessionId in ?2", organization, sessionIds);
    }

    /**
     * Signed notes without an EHR copy. The signing code publishes every note it signs, so only notes written around
     * it (the demo data's SQL) are found; the demo loader publishes them.
     */
    public List<SessionNote> signedWithoutEhrCopy() {
        return list("from SessionNote n where n.status = ?1 and not exists (select 1 from EhrDocument d where d.id = "
                + "n.id) order by n.signedAt, n.id", NoteStatus.SIGNED);
    }
}
