package org.peerpath.api.staff;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.common.security.Roles;
import org.peerpath.api.common.time.Now;
import org.peerpath.common.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps a staff record per staff subject, created from the token on first use and refreshed when it changes. */
@ApplicationScoped
public class StaffDirectory {

    static final List<String> STAFF_ROLES = List.of(Roles.ORG_ADMIN, Roles.PEER_SPECIALIST, Roles.SUPERVISOR);

    @Inject
    StaffRepository staff;

    @Inject
    ObjectMapper json;

    public static boolean isStaff(Caller caller) {
        return STAFF_ROLES.stream().anyMatch(caller.roles()::contains);
    }

    @Transactional
    public Staff ensure(Caller caller) {
        String organization = caller.organization().orElseThrow();
        List<String> roles = STAFF_ROLES.stream().filter(caller.roles()::contains).toList();
        String credentials = caller.credentials().orElse(null);
        String name = truncate(caller.name() == null ? caller.subject() : caller.name(), 255);
        Staff member = staff.findBySubject(organization, caller.subject()).orElse(null);
        if (member == null) {
            staff.insertIfAbsent(organization, caller.subject(), name, truncate(credentials, 100), write(roles),
                    Now.instant());
            member = staff.findBySubject(organization, caller.subject()).orElseThrow();
        }
        boolean changed = !member.displayName.equals(name) || !member.roles.equals(roles)
                || (credentials != null && !credentials.equals(member.credentials));
        if (changed) {
            member.displayName = name;
            member.roles = roles;
            if (credentials != null) {
                member.credentials = truncate(credentials, 100);
            }
            member.updatedAt = Now.instant();
        }
        return member;
    }

    private String write(List<String> roles) {
        try {
            return json.writeValueAsString(roles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
