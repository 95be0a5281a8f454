package org.peerpath.api.staff;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.peerpath.api.common.security.Roles;

/**
 * The caller of a records operation as the access policies see it: agency, subject, roles, and the staff record
 * (created on first use) when the caller is staff.
 *
 * @param client  the OIDC client the token was issued to ({@code azp}), for the audit trail
 * @param staffId the caller's staff record, absent for participants
 */
public record Actor(String organization, String subject, String name, Set<String> roles,
        Optional<String> credentials, Optional<Instant> authTime, String client, Optional<UUID> staffId) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSupervisor() {
        return has(Roles.SUPERVISOR);
    }

    public boolean isPeerSpecialist() {
        return has(Roles.PEER_SPECIALIST);
    }

    public boolean isOrgAdmin() {
        return has(Roles.ORG_ADMIN);
    }

    public boolean isParticipant() {
        return has(Roles.PARTICIPANT);
    }

    public boolean isStaff() {
        return isSupervisor() || isPeerSpecialist() || isOrgAdmin();
    }
}
