package org.peerpath.api.relapseplan;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Used while no network-plan feature provides {@link CrisisContacts}: nothing can be resolved yet. */
@DefaultBean
@ApplicationScoped
public class NoNetworkPlans implements CrisisContacts {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Map<UUID, CrisisContact> of(String organization, UUID peerId) {
        return Map.of();
    }
}
