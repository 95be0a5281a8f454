package org.peerpath.api.fhir;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;

/**
 * A resource type about a person that is disclosed to EHR clients, described once by the feature that owns the
 * records: what it is, the consent scope that covers it, the one query of what a client may see, its mapping to
 * FHIR and its audit type. A feature registers one by making it an {@code @ApplicationScoped} bean; {@link FhirReader}
 * then serves it to FHIR read and search, bulk export (when {@link #exported()}) and the CapabilityStatement, and
 * the change feed and webhooks disclose through the same reader.
 *
 * @param <T> the entity a row maps to (the query selects {@code alias.*} into it)
 */
public interface DisclosedType<T> extends ServedType {

    /** The consent scope that covers the type; null when any consent naming the client does (the Patient). */
    ConsentScope scope();

    /** The entity the query's rows map to. */
    Class<T> entity();

    /** The one query of the rows a client may see (before the consent gate, which the reader adds). */
    SourceQuery query();

    /** The audit type of a read or search, and of a refused read (no row). */
    AuditResourceType auditType();

    /** The audit type of one row, when rows of the type differ (a note and an addendum). */
    default AuditResourceType auditType(T row) {
        return auditType();
    }

    /** The person a row is about. */
    UUID peerOf(T row);

    /** The row's FHIR logical id (also the id audited). */
    UUID idOf(T row);

    /** The row's unique key (the keyset tie-breaker, {@link SourceQuery#keyColumn()}). */
    default UUID keyOf(T row) {
        return idOf(row);
    }

    /** The row's value of {@link SourceQuery#orderColumn()}, for the next page's cursor. */
    Instant orderOf(T row);

    /**
     * The rows as FHIR resources, in their order; a batch, so that what they need besides the row (current plan
     * versions, addenda, instruments) is read in one query per batch. A row that cannot be shown (no current
     * version) is left out.
     */
    List<? extends Resource> toFhir(List<T> rows);

    /**
     * The SQL (over the query's alias) naming the staff member a resource references as its Practitioner (author,
     * performer), or null when it references none. A client may read a Practitioner only where one of its
     * resources it may see names them.
     */
    default String practitionerColumn() {
        return null;
    }

    /** Whether bulk export offers the type ({@code _type}). */
    default boolean exported() {
        return true;
    }
}
