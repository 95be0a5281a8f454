package org.peerpath.api.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.peerpath.common.error.ProblemException;
import org.peerpath.common.security.Caller;
import org.peerpath.common.security.CurrentCaller;
import org.peerpath.model.problem.ProblemType;

/**
 * The caller of a records operation. Every record belongs to an agency, so a token without an {@code org} claim may
 * do nothing here: that is refused before any query runs.
 */
@RequestScoped
public class AgencyCaller {

    @Inject
    CurrentCaller currentCaller;

    public Caller get() {
        Caller caller = currentCaller.get();
        if (caller.organization().isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "The token names no organization (claim 'org'); records are kept per agency.");
        }
        return caller;
    }
}
