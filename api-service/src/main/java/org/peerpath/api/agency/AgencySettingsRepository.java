package org.peerpath.api.agency;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgencySettingsRepository implements PanacheRepositoryBase<AgencySettings, String> {

    /** The agency's settings, or the defaults when it has stored none. */
    public AgencySettings current(String organization) {
        return findByIdOptional(organization).orElseGet(() -> AgencySettings.defaults(organization));
    }
}
