package org.peerpath.api.disclosure;

import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ProfileAccess;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

/** The accounting of disclosures of one peer, for the agency (supervisors, org-admins) and the person themself. */
@ApplicationScoped
@Transactional
public class DisclosureService {

    @Inject
    CurrentActor currentActor;

    @Inject
    ProfileAccess access;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    AuditLog audit;

    public Page<DisclosureResponse> list(UUID peerId, Instant from, Instant to, PageRequest page) {
        Actor actor = currentActor.get();
        access.require(actor, peerId, false, AuditAction.LIST,
                AuditResourceType.DISCLOSURE, peerId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalidField("to", "must be after 'from'");
        }
        Instant beforeTime = null;
        UUID beforeId = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                beforeTime = Instant.parse(keys.get(0));
                beforeId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list");
            }
        }
        List<Disclosure> rows = disclosures.page(actor.organization(), peerId, from, to, beforeTime, beforeId,
                page.limit + 1);
        audit.success(actor, AuditAction.LIST, AuditResourceType.DISCLOSURE, peerId, peerId);
        return PagedResponses.page(rows, page.limit,
                row -> Cursor.encode(row.disclosedAt.toString(), row.id.toString()), DisclosureResponse::of);
    }
}
