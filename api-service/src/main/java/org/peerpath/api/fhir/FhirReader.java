package org.peerpath.api.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.consent.Consent;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.paging.Cursor;

import io.vertx.core.http.HttpServerRequest;

/**
 * The disclosure pipeline: consent gate, keyset page, disclosure, audit, mapping, bundle, once for every
 * {@link DisclosedType}. The rows a client may see are the type's {@link SourceQuery} filtered by
 * {@link ConsentGate#visibleCondition} in the same statement; every row handed out is recorded as a disclosure (under
 * the consent that allows it) and audited in the caller's transaction. FHIR read and search use it directly; bulk
 * export builds its files from {@link #select}; the change feed and webhooks disclose through {@link #disclose}.
 */
@ApplicationScoped
@Transactional
public class FhirReader {

    @Inject
    CurrentActor currentActor;

    @Inject
    FhirTypes types;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    /** The request, for its {@code Prefer} header (strict or lenient handling of unknown search parameters). */
    @Inject
    HttpServerRequest http;

    /** Parameters every search understands besides the type's own. */
    private static final Set<String> PAGING = Set.of("_count", "_cursor");

    /** One resource by its logical id; 404 (and a refusal audited) when the client may not see it. */
    public Resource read(String fhirType, String id) {
        return readTyped(types.disclosed(fhirType), id);
    }

    /** A searchset of the resources the client may see that match {@code search}, one page of the request. */
    public Bundle search(String fhirType, FhirSearch search, UriInfo request) {
        String base = request.getBaseUriBuilder().path(Fhir.BASE_PATH).build().toString();
        DisclosedType<?> type = types.disclosed(fhirType);
        List<String> unknown = request.getQueryParameters().keySet().stream().filter(name -> !PAGING.contains(name)
                && type.searchParams().stream().noneMatch(param -> param.name().equals(name))).sorted().toList();
        boolean strict = http.headers().getAll("Prefer").stream()
                .anyMatch(prefer -> prefer.replace(" ", "").contains("handling=strict"));
        if (strict && !unknown.isEmpty()) {
            throw FhirException.invalidParameter(unknown.get(0), "is not a search parameter of " + fhirType
                    + " here (Prefer: handling=strict)");
        }
        Bundle bundle = searchTyped(type, search, request.getRequestUriBuilder(),
                base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (!unknown.isEmpty()) {
            // lenient (the default): the search ran without them, and the Bundle says so
            OperationOutcome ignored = new OperationOutcome();
            ignored.addIssue().setSeverity(OperationOutcome.IssueSeverity.WARNING)
                    .setCode(OperationOutcome.IssueType.NOTSUPPORTED)
                    .setDiagnostics("Ignored search parameters not supported for " + fhirType + ": "
                            + String.join(", ", unknown) + ". Send Prefer: handling=strict to have them refused.");
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(ignored).getSearch()
                    .setMode(Bundle.SearchEntryMode.OUTCOME);
        }
        return bundle;
    }

    private <T> Resource readTyped(DisclosedType<T> type, String id) {
        Actor actor = currentActor.get();
        UUID parsed = uuid(id);
        List<T> rows = List.of();
        if (parsed != null) {
            SourceQuery source = type.query();
            StringBuilder sql = visible(source).append(" and ").append(source.idColumn()).append(" = :id")
                    .append(" order by ").append(source.orderColumn()).append(", ").append(source.keyColumn())
                    .append(" limit 1");
            Query query = entityManager.createNativeQuery(sql.toString(), type.entity());
            ConsentGate.bind(query, actor, type.scope(), Instant.now());
            query.setParameter("id", parsed);
            rows = rows(query);
        }
        List<? extends Resource> shown = rows.isEmpty() ? List.of()
                : disclose(actor, type, rows, DisclosureChannel.FHIR, AuditAction.READ);
        if (shown.isEmpty()) {
            audit.denied(actor, AuditAction.READ, type.auditType(), parsed, null);
            throw FhirException.notFound(type.fhirType(), id);
        }
        return shown.get(0);
    }

    private <T> Bundle searchTyped(DisclosedType<T> type, FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        SourceQuery source = type.query();
        int size = search.pageSize();
        StringBuilder sql = visible(source);
        List<Object[]> parameters = new ArrayList<>();
        if (!filter(type, search, sql, parameters)) {
            return Bundles.searchset(List.of(), null, self, base);
        }
        String order = source.descending() ? " desc" : "";
        if (search.cursor() != null && !search.cursor().isBlank()) {
            try {
                List<String> keys = Cursor.decode(search.cursor(), 2);
                parameters.add(new Object[] { "afterTime", Instant.parse(keys.get(0)) });
                parameters.add(new Object[] { "afterId", UUID.fromString(keys.get(1)) });
            } catch (RuntimeException notOurs) {
                throw FhirException.invalidParameter("_cursor", "is not a cursor this server issued");
            }
            sql.append(" and (").append(source.orderColumn()).append(", ").append(source.keyColumn())
                    .append(source.descending() ? ") < " : ") > ").append("(:afterTime, :afterId)");
        }
        sql.append(" order by ").append(source.orderColumn()).append(order).append(", ").append(source.keyColumn())
                .append(order).append(" limit ").append(size + 1);
        Query query = entityManager.createNativeQuery(sql.toString(), type.entity());
        ConsentGate.bind(query, actor, type.scope(), Instant.now());
        parameters.forEach(parameter -> query.setParameter((String) parameter[0], parameter[1]));
        List<T> rows = rows(query);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            T last = rows.get(size - 1);
            next = Cursor.encode(type.orderOf(last).toString(), type.keyOf(last).toString());
        }
        return Bundles.searchset(disclose(actor, type, rows, DisclosureChannel.FHIR, AuditAction.SEARCH), next, self,
                base);
    }

    /**
     * Maps rows the caller may see and records their disclosure (one per person, under the consent that allows it)
     * and audit; rows of a person without a consent in effect now, or that the type cannot show, are left out.
     * Answers the resources handed out.
     */
    public <T> List<? extends Resource> disclose(Actor actor, DisclosedType<T> type, List<T> rows,
            DisclosureChannel channel, AuditAction action) {
        Map<UUID, Consent> consents = consents(actor, type, rows);
        List<? extends Resource> resources = type.toFhir(rows.stream()
                .filter(row -> consents.containsKey(type.peerOf(row))).toList());
        Set<String> mapped = new HashSet<>();
        resources.forEach(resource -> mapped.add(resource.getIdElement().getIdPart()));
        record(actor, type, rows.stream().filter(row -> mapped.contains(type.idOf(row).toString())).toList(),
                consents, channel, action);
        return resources;
    }

    /**
     * Records the disclosure and audit of rows the caller may see, for a path that shapes them itself (the change
     * feed); answers the rows of people with a consent in effect now.
     */
    public <T> List<T> granted(Actor actor, DisclosedType<T> type, List<T> rows, DisclosureChannel channel,
            AuditAction action) {
        Map<UUID, Consent> consents = consents(actor, type, rows);
        List<T> shown = rows.stream().filter(row -> consents.containsKey(type.peerOf(row))).toList();
        record(actor, type, shown, consents, channel, action);
        return shown;
    }

    private <T> Map<UUID, Consent> consents(Actor actor, DisclosedType<T> type, List<T> rows) {
        return rows.isEmpty() ? Map.of()
                : gate.consents(actor, rows.stream().map(type::peerOf).toList(), type.scope());
    }

    private <T> void record(Actor actor, DisclosedType<T> type, List<T> shown, Map<UUID, Consent> consents,
            DisclosureChannel channel, AuditAction action) {
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(row -> refs.computeIfAbsent(type.peerOf(row), k -> new ArrayList<>())
                .add(type.fhirType() + "/" + type.idOf(row)));
        refs.forEach((peerId, peerRefs) -> disclosures.record(actor, consents.get(peerId), channel,
                describe(peerRefs.size(), type, channel), peerRefs));
        shown.forEach(row -> audit.success(actor, action, type.auditType(row), type.idOf(row), type.peerOf(row)));
    }

    /** How a disclosure of {@code count} resources of a type through a channel is described in the accounting. */
    public static String describe(long count, DisclosedType<?> type, DisclosureChannel channel) {
        String label = switch (channel) {
            case FHIR -> "FHIR";
            case CHANGE_FEED -> "change feed";
            case BULK_EXPORT -> "bulk export";
            case WEBHOOK -> "webhook";
        };
        return count + " " + type.fhirType() + (count == 1 ? " resource" : " resources") + " (" + label + ")";
    }

    /**
     * The type's query for a client, with the consent gate: {@code select <columns> from … where …} over the type's
     * alias, binding {@code :org}, {@code :client}, {@code :now} and {@code :scope} ({@link ConsentGate#bind}).
     */
    public static String select(DisclosedType<?> type, String columns) {
        SourceQuery source = type.query();
        return source.select(columns) + " and " + ConsentGate.visibleCondition(source.peerColumn());
    }

    private static StringBuilder visible(SourceQuery source) {
        return new StringBuilder(source.select(source.alias() + ".*")).append(" and ")
                .append(ConsentGate.visibleCondition(source.peerColumn()));
    }

    /** Adds the search's conditions; false when a value names nothing that can exist (the answer is empty). */
    private static boolean filter(DisclosedType<?> type, FhirSearch search, StringBuilder sql,
            List<Object[]> parameters) {
        Set<String> known = new HashSet<>();
        int index = 0;
        for (SearchParam param : type.searchParams()) {
            known.add(param.name());
            List<String> values = search.values(param.name());
            if (values.isEmpty()) {
                if (param.required()) {
                    throw FhirException.invalidParameter(param.name(), "is required");
                }
                continue;
            }
            String key = "p" + index++;
            if (param.type() == SearchParamType.DATE) {
                DateSearch.parse(param.name(), values).appendTo(sql, parameters, param.column(), key);
                continue;
            }
            if (param.type() == SearchParamType.TOKEN && !param.name().equals("_id")) {
                if (!token(param, values, key, sql, parameters)) {
                    return false;
                }
                continue;
            }
            List<UUID> ids = new ArrayList<>();
            for (String value : values) {
                for (String one : value.split(",")) {
                    String stripped = one.strip();
                    UUID id = uuid(param.type() == SearchParamType.REFERENCE && stripped.startsWith("Patient/")
                            ? stripped.substring("Patient/".length()) : stripped);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            if (ids.isEmpty()) {
                return false;
            }
            sql.append(" and ").append(param.column()).append(" in (:").append(key).append(")");
            parameters.add(new Object[] { key, ids });
        }
        return true;
    }

    /**
     * A token parameter ({@code [system|]value}, several comma-separated meaning any of them): its column is an SQL
     * condition over {@code :system} (empty when the value names none) and {@code :value}, bound once per value.
     */
    private static boolean token(SearchParam param, List<String> values, String key, StringBuilder sql,
            List<Object[]> parameters) {
        List<String> any = new ArrayList<>();
        for (String value : values) {
            for (String one : value.split(",")) {
                String token = one.strip();
                int bar = token.indexOf('|');
                String code = bar < 0 ? token : token.substring(bar + 1);
                if (code.isEmpty()) {
                    continue;
                }
                String name = key + "t" + any.size();
                any.add("(" + param.column().replace(":system", ":" + name + "s").replace(":value", ":" + name + "v")
                        + ")");
                // "value": any system; "|value": no system, which none of ours lacks ("|" matches no system)
                parameters.add(new Object[] { name + "s", bar < 0 ? "" : bar == 0 ? "|" : token.substring(0, bar) });
                parameters.add(new Object[] { name + "v", code });
            }
        }
        if (any.isEmpty()) {
            return false;
        }
        sql.append(" and (").append(String.join(" or ", any)).append(")");
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Query query) {
        return query.getResultList();
    }

    /** A logical id as a UUID; null when it is not one (nothing has that id). */
    public static UUID uuid(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
