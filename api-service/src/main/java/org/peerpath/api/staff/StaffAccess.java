package org.peerpath.api.staff;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

/** Supervisors and org-admins see the staff list; org-admins manage it. */
@ApplicationScoped
public class StaffAccess {

    public void requireReader(Actor actor) {
        if (!(actor.isSupervisor() || actor.isOrgAdmin())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only supervisors and org-admins list staff.");
        }
    }

    public void requireManager(Actor actor) {
        if (!actor.isOrgAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only org-admins manage staff.");
        }
    }
}
