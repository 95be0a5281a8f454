package org.peerpath.api.fhir;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;

/**
 * A {@link DisclosedType} whose facts are handed to its constructor, so that a feature's type class holds only what
 * is its own: its search parameters and its mapping.
 *
 * @param <T> the entity a row maps to
 */
public abstract class DeclaredType<T> implements DisclosedType<T> {

    private final String fhirType;
    private final String documentation;
    private final ConsentScope scope;
    private final Class<T> entity;
    private final SourceQuery query;
    private final AuditResourceType auditType;
    private final Function<T, UUID> peerOf;
    private final Function<T, UUID> idOf;
    private final Function<T, Instant> orderOf;

    /**
     * @param peerOf  the person a row is about
     * @param idOf    a row's FHIR logical id
     * @param orderOf a row's value of the query's order column
     */
    protected DeclaredType(String fhirType, String documentation, ConsentScope scope, Class<T> entity,
            SourceQuery query, AuditResourceType auditType, Function<T, UUID> peerOf, Function<T, UUID> idOf,
            Function<T, Instant> orderOf) {
        this.fhirType = fhirType;
        this.documentation = documentation;
        this.scope = scope;
        this.entity = entity;
        this.query = query;
        this.auditType = auditType;
        this.peerOf = peerOf;
        this.idOf = idOf;
        this.orderOf = orderOf;
    }

    @Override
    public String fhirType() {
        return fhirType;
    }

    @Override
    public String documentation() {
        return documentation;
    }

    @Override
    public ConsentScope scope() {
        return scope;
    }

    @Override
    public Class<T> entity() {
        return entity;
    }

    @Override
    public SourceQuery query() {
        return query;
    }

    @Override
    public AuditResourceType auditType() {
        return auditType;
    }

    @Override
    public UUID peerOf(T row) {
        return peerOf.apply(row);
    }

    @Override
    public UUID idOf(T row) {
        return idOf.apply(row);
    }

    @Override
    public Instant orderOf(T row) {
        return orderOf.apply(row);
    }
}
