package org.peerpath.api.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgencyInstrumentSettingRepository implements PanacheRepositoryBase<AgencyInstrumentSetting, UUID> {

    public Optional<AgencyInstrumentSetting> find(String organization, UUID instrumentId) {
        return find("organizationId = ?1 and instrumentId = ?2", organization, instrumentId).firstResultOptional();
    }

    public List<AgencyInstrumentSetting> forInstruments(String organization, Collection<UUID> instrumentIds) {
        if (instrumentIds.isEmpty()) {
            return List.of();
        }
        return list("organizationId = ?1 and instrumentId in ?2", organization, instrumentIds);
    }
}
