package org.peerpath.api.relapseplan;

import java.util.UUID;

/** A crisis contact of a peer's network plan, as the plan shows it when read. */
public record CrisisContact(UUID memberId, String name, String relationship, String phone, String availability) {
}
