package org.peerpath.api.peer;

import java.util.UUID;

/**
 * Which peers of the organization a caller may see in lists: all of them, those assigned to one coach, or the one
 * whose participant login is the caller's. {@link #NONE} for a caller with none of these.
 */
public record PeerScope(boolean all, UUID coachStaffId, String participantSubject) {

    public static final PeerScope NONE = new PeerScope(false, null, null);

    public boolean isEmpty() {
        return !all && coachStaffId == null && participantSubject == null;
    }
}
