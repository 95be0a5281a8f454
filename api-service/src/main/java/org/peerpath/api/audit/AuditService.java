package org.peerpath.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

/** Lists the audit trail of the caller's organization. */
@ApplicationScoped
@Transactional
public class AuditService {

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditAccess access;

    @Inject
    AuditRepository events;

    public Page<AuditEventResponse> list(AuditFilter filter, PageRequest page) {
        Actor actor = currentActor.get();
        access.requireReader(actor);
        Instant afterTime = null;
        UUID afterId = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        return PagedResponses.page(events.list(actor.organization(), filter, afterTime, afterId, page.limit + 1),
                page.limit, e -> Cursor.encode(e.occurredAt.toString(), e.id.toString()), AuditEventResponse::of);
    }
}
