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

    /**
     * Instruments with the canonical URL (and version, when given), after the keyset position (code, version), in
     * that order; {@code limit} rows at most. A null URL matches every instrument.
     */
    public List<Instrument> byCanonical(String url, String version, String afterCode, String afterVersion, int limit) {
        return find("(?1 is null or canonicalUrl = ?1) and (?2 is null or version = ?2) and (?3 is null or code > ?3 "
                + "or (code = ?3 and version > ?4)) order by code, version", url, version, afterCode,
                afterVersion == null ? "" : afterVersion).page(0, limit).list();
    }

    /** How many instruments {@link #byCanonical} finds in all: the table holds a handful, so counting is cheap. */
    public long countByCanonical(String url, String version) {
        return count("(?1 is null or canonicalUrl = ?1) and (?2 is null or version = ?2)", url, version);
    }
}
