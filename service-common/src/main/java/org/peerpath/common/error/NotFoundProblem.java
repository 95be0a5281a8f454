package org.peerpath.common.error;

import org.peerpath.model.problem.ProblemType;

/**
 * Nothing the caller may see exists under this id. Also answered for records outside the caller's organization or
 * caseload, so that a 404 never confirms that someone else's record exists.
 */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String resource, Object id) {
        super(ProblemType.NOT_FOUND, "No " + resource + " '" + id + "' was found.");
    }
}
