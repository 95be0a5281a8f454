package org.peerpath.api.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.relapseplan.CrisisContact;
import org.peerpath.api.relapseplan.CrisisContacts;

/** The crisis contacts of a peer's current network plan, for the relapse-prevention plan's whom-to-call. */
@ApplicationScoped
public class NetworkCrisisContacts implements CrisisContacts {

    @Inject
    NetworkPlanService plans;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Map<UUID, CrisisContact> of(String organization, UUID peerId) {
        Map<UUID, CrisisContact> result = new LinkedHashMap<>();
        NetworkPlanService.crisisContacts(plans.currentMembers(organization, peerId)).values()
                .forEach(m -> result.put(m.id(), new CrisisContact(m.id(), m.name(), m.relationship(), m.phone(),
                        m.availability())));
        return result;
    }
}
