package org.peerpath.api.staff;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.time.Now;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

/** The organization's staff directory. */
@ApplicationScoped
@Transactional
public class StaffService {

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffAccess access;

    @Inject
    StaffRepository staff;

    public Page<StaffResponse> list(PageRequest page) {
        Actor actor = currentActor.get();
        access.requireReader(actor);
        String afterName = null;
        UUID afterId = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                afterName = keys.get(0);
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        return PagedResponses.page(staff.page(actor.organization(), afterName, afterId, page.limit + 1), page.limit,
                s -> Cursor.encode(s.displayName, s.id.toString()), StaffResponse::of);
    }

    public Versioned<StaffResponse> get(UUID staffId) {
        Actor actor = currentActor.get();
        access.requireReader(actor);
        Staff member = staff.findInOrganization(actor.organization(), staffId)
                .orElseThrow(() -> new NotFoundProblem("staff member", staffId));
        return new Versioned<>(StaffResponse.of(member), member.version);
    }

    public Versioned<StaffResponse> update(UUID staffId, UpdateStaffRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        access.requireManager(actor);
        Staff member = staff.findInOrganization(actor.organization(), staffId)
                .orElseThrow(() -> new NotFoundProblem("staff member", staffId));
        EntityTags.requireMatch(ifMatch, Versioned.etag(member.version));
        member.credentials = request.credentials() == null || request.credentials().isBlank() ? null
                : request.credentials().strip();
        member.active = request.active();
        if (request.npi() != null && !Npi.isValid(request.npi())) {
            throw ProblemException.invalidField("npi", "has a wrong check digit; it is not a National Provider "
                    + "Identifier");
        }
        member.npi = request.npi();
        member.updatedAt = Now.instant();
        staff.flush();
        return new Versioned<>(StaffResponse.of(member), member.version);
    }
}
