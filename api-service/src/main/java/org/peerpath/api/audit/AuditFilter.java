package org.peerpath.api.audit;

import java.time.Instant;
import java.util.UUID;

/** Which audit events to list; every part is optional. */
public record AuditFilter(UUID peerId, String actorSubject, AuditResourceType resourceType, UUID resourceId,
        AuditAction action, Instant from, Instant to) {
}
