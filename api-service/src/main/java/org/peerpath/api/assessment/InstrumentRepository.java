package org.peerpath.api.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<Instrument, UUID> {

    /** Instruments after the keyset position (code, version), in that order; {@code limit} rows at most. */
    public List<Instrument> page(String afterCode, String afterVersion, int limit) {
        if (afterCode == null) {
            return find("order by code, version").page(0, limit).list();
        }
        return find("code > ?1 or (code = ?1 and version > ?2) order by code, version", afterCode, afterVersion)
                .page(0, limit).list();
    }
}
