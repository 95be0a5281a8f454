package org.peerpath.api.staff;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.peerpath.api.common.security.AgencyCaller;
import org.peerpath.common.security.Caller;

/** The actor of the current request; its staff record is created or refreshed on first use. */
@RequestScoped
public class CurrentActor {

    @Inject
    AgencyCaller agencyCaller;

    @Inject
    JsonWebToken token;

    @Inject
    StaffDirectory directory;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Caller caller = agencyCaller.get();
            Optional<UUID> staffId = StaffDirectory.isStaff(caller)
                    ? Optional.of(directory.ensure(caller).id)
                    : Optional.empty();
            Object azp = token.getClaim("azp");
            actor = new Actor(caller.organization().orElseThrow(), caller.subject(), caller.name(), caller.roles(),
                    caller.credentials(), caller.authTime(), azp == null ? null : azp.toString(), staffId);
        }
        return actor;
    }
}
