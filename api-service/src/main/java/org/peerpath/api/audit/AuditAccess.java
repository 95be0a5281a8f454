package org.peerpath.api.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.api.staff.Actor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

/** The audit trail is read by supervisors and org-admins of the organization, and changed by nobody. */
@ApplicationScoped
public class AuditAccess {

    public void requireReader(Actor actor) {
        if (!(actor.isSupervisor() || actor.isOrgAdmin())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only supervisors and org-admins read the audit trail.");
        }
    }
}
