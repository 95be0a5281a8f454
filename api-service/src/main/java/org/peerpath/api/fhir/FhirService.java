package org.peerpath.api.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentGrant;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.network.NetworkPlan;
import org.peerpath.api.network.NetworkPlanRepository;
import org.peerpath.api.network.NetworkPlanVersion;
import org.peerpath.api.network.NetworkPlanVersionRepository;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.api.sync.EhrDocument;
import org.peerpath.api.sync.EhrDocumentRepository;
import org.peerpath.common.paging.Cursor;

/**
 * The FHIR read and search interactions. Every answer about a peer passes the {@link ConsentGate}: a peer without a
 * consent in effect naming the calling client does not exist here (404 on read, left out of searches); every
 * resource handed out is recorded as a disclosure and audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class FhirService {

    @Inject
    CurrentActor currentActor;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    AuditLog audit;

    @Inject
    EhrDocumentRepository documents;

    @Inject
    EntityManager entityManager;

    @Inject
    NetworkPlanRepository networkPlans;

    @Inject
    NetworkPlanVersionRepository networkPlanVersions;

    public Resource readPatient(String id) {
        Actor actor = currentActor.get();
        ConsentGrant grant = gate.grant(actor, uuid(id), null).orElseThrow(() -> deny(actor, "Patient", id,
                AuditResourceType.PEER));
        disclose(actor, List.of(grant), Map.of(grant.peer().id, List.of("Patient/" + grant.peer().id)), "Patient");
        audit.success(actor, AuditAction.READ, AuditResourceType.PEER, grant.peer().id, grant.peer().id);
        return FhirMapper.patient(grant.peer());
    }

    public Resource readDocumentReference(String id) {
        Actor actor = currentActor.get();
        EhrDocument document = uuid(id) == null ? null
                : documents.findInOrganization(actor.organization(), uuid(id)).orElse(null);
        ConsentGrant grant = document == null ? null
                : gate.grant(actor, document.peerId, ConsentScope.NOTES).orElse(null);
        if (grant == null) {
            throw deny(actor, "DocumentReference", id, AuditResourceType.SESSION_NOTE);
        }
        disclose(actor, List.of(grant), Map.of(grant.peer().id, List.of("DocumentReference/" + document.id)),
                "DocumentReference");
        audit.success(actor, AuditAction.READ, noteType(document), document.id, document.peerId);
        return FhirMapper.documentReference(document, !amendedNotes(List.of(document)).isEmpty());
    }

    public Resource readEncounter(String id) {
        Actor actor = currentActor.get();
        UUID sessionId = uuid(id);
        EhrDocument note = sessionId == null ? null : noteOfSession(actor.organization(), sessionId);
        ConsentGrant grant = note == null ? null
                : gate.grant(actor, note.peerId, ConsentScope.ENCOUNTERS).orElse(null);
        if (grant == null) {
            throw deny(actor, "Encounter", id, AuditResourceType.SESSION);
        }
        disclose(actor, List.of(grant), Map.of(grant.peer().id, List.of("Encounter/" + sessionId)), "Encounter");
        audit.success(actor, AuditAction.READ, AuditResourceType.SESSION, sessionId, note.peerId);
        return FhirMapper.encounter(note);
    }

    public Resource readGoal(String id) {
        Actor actor = currentActor.get();
        UUID goalId = uuid(id);
        org.peerpath.api.goal.Goal goal = goalId == null ? null : entityManager.createQuery(
                "from Goal g where g.organizationId = :org and g.id = :id", org.peerpath.api.goal.Goal.class)
                .setParameter("org", actor.organization()).setParameter("id", goalId)
                .getResultStream().findFirst().orElse(null);
        ConsentGrant grant = goal == null ? null : gate.grant(actor, goal.peerId, ConsentScope.GOALS).orElse(null);
        if (grant == null) {
            throw deny(actor, "Goal", id, AuditResourceType.PEER);
        }
        disclose(actor, List.of(grant), Map.of(goal.peerId, List.of("Goal/" + goal.id)), "Goal");
        audit.success(actor, AuditAction.READ, AuditResourceType.PEER, goal.id, goal.peerId);
        return FhirMapper.goal(goal);
    }

    public Bundle searchGoals(FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        StringBuilder sql = new StringBuilder("select g.* from goal g where g.organization_id = :org and ")
                .append(ConsentGate.visibleCondition("g.peer_id"));
        List<Object[]> parameters = DateSearch.newParameters();
        if (!patientFilter(search, sql, parameters, "g.peer_id")) {
            return bundle(List.of(), null, self, base);
        }
        DateSearch.parse("_lastUpdated", search.lastUpdated()).appendTo(sql, parameters, "g.updated_at", "updated");
        Page<org.peerpath.api.goal.Goal> page = page(actor, sql, parameters, "g.created_at", "g.id", search,
                ConsentScope.GOALS, org.peerpath.api.goal.Goal.class, g -> g.createdAt, g -> g.id);
        List<ConsentGrant> grants = grants(actor, page.rows().stream().map(g -> g.peerId).distinct().toList(),
                ConsentScope.GOALS);
        List<org.peerpath.api.goal.Goal> shown = page.rows().stream().filter(g -> granted(grants, g.peerId)).toList();
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(g -> refs.computeIfAbsent(g.peerId, k -> new ArrayList<>()).add("Goal/" + g.id));
        disclose(actor, grants, refs, "Goal");
        audit.listed(actor, AuditAction.SEARCH, AuditResourceType.PEER, shown.stream().map(g -> g.id).toList(),
                shown.stream().map(g -> g.peerId).toList());
        return bundle(shown.stream().map(g -> (Resource) FhirMapper.goal(g)).toList(), page.next(), self, base);
    }

    public Bundle searchPatients(FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        StringBuilder sql = new StringBuilder("select p.* from peer p where p.organization_id = :org and ")
                .append(ConsentGate.visibleCondition("p.id"));
        List<Object[]> parameters = DateSearch.newParameters();
        List<UUID> ids = new ArrayList<>();
        for (String id : search.ids() == null ? List.<String>of() : search.ids()) {
            for (String one : id.split(",")) {
                UUID parsed = uuid(one.strip());
                if (parsed != null) {
                    ids.add(parsed);
                }
            }
        }
        if (search.ids() != null && !search.ids().isEmpty()) {
            if (ids.isEmpty()) {
                return bundle(List.of(), null, self, base);
            }
            sql.append(" and p.id in (:ids)");
            parameters.add(new Object[] { "ids", ids });
        }
        DateSearch.parse("_lastUpdated", search.lastUpdated()).appendTo(sql, parameters, "p.updated_at", "updated");
        Page<Peer> page = page(actor, sql, parameters, "p.created_at", "p.id", search, null, Peer.class,
                peer -> peer.createdAt, peer -> peer.id);
        List<ConsentGrant> grants = grants(actor, page.rows().stream().map(peer -> peer.id).toList(), null);
        List<Peer> shown = page.rows().stream().filter(peer -> granted(grants, peer.id)).toList();
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(peer -> refs.put(peer.id, List.of("Patient/" + peer.id)));
        disclose(actor, grants, refs, "Patient");
        audit.listed(actor, AuditAction.SEARCH, AuditResourceType.PEER, shown.stream().map(p -> p.id).toList(),
                shown.stream().map(p -> p.id).toList());
        return bundle(shown.stream().map(peer -> (Resource) FhirMapper.patient(peer)).toList(), page.next(), self,
                base);
    }

    public Bundle searchDocumentReferences(FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        StringBuilder sql = new StringBuilder("select d.* from ehr_document d where d.organization_id = :org and ")
                .append(ConsentGate.visibleCondition("d.peer_id"));
        List<Object[]> parameters = DateSearch.newParameters();
        if (!patientFilter(search, sql, parameters, "d.peer_id")) {
            return bundle(List.of(), null, self, base);
        }
        DateSearch.parse("date", search.date()).appendTo(sql, parameters, "d.signed_at", "date");
        DateSearch.parse("_lastUpdated", search.lastUpdated()).appendTo(sql, parameters, "d.updated_at", "updated");
        Page<EhrDocument> page = page(actor, sql, parameters, "d.signed_at", "d.id", search, ConsentScope.NOTES,
                EhrDocument.class, document -> document.signedAt, document -> document.id);
        List<ConsentGrant> grants = grants(actor, page.rows().stream().map(d -> d.peerId).distinct().toList(),
                ConsentScope.NOTES);
        List<EhrDocument> shown = page.rows().stream().filter(d -> granted(grants, d.peerId)).toList();
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(d -> refs.computeIfAbsent(d.peerId, k -> new ArrayList<>()).add("DocumentReference/" + d.id));
        disclose(actor, grants, refs, "DocumentReference");
        shown.forEach(d -> audit.success(actor, AuditAction.SEARCH, noteType(d), d.id, d.peerId));
        List<Resource> resources = new ArrayList<>();
        Set<UUID> amended = amendedNotes(shown);
        shown.forEach(d -> resources.add(FhirMapper.documentReference(d, amended.contains(d.id))));
        return bundle(resources, page.next(), self, base);
    }

    public Bundle searchEncounters(FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        StringBuilder sql = new StringBuilder("select d.* from ehr_document d where d.organization_id = :org and "
                + "d.kind = 'NOTE' and d.session_id is not null and d.session_start is not null and ")
                .append(ConsentGate.visibleCondition("d.peer_id"));
        List<Object[]> parameters = DateSearch.newParameters();
        if (!patientFilter(search, sql, parameters, "d.peer_id")) {
            return bundle(List.of(), null, self, base);
        }
        DateSearch.parse("date", search.date()).appendTo(sql, parameters, "d.session_start", "date");
        DateSearch.parse("_lastUpdated", search.lastUpdated()).appendTo(sql, parameters, "d.updated_at", "updated");
        Page<EhrDocument> page = page(actor, sql, parameters, "d.session_start", "d.id", search,
                ConsentScope.ENCOUNTERS, EhrDocument.class, d -> d.sessionStart, d -> d.id);
        List<ConsentGrant> grants = grants(actor, page.rows().stream().map(d -> d.peerId).distinct().toList(),
                ConsentScope.ENCOUNTERS);
        List<EhrDocument> shown = page.rows().stream().filter(d -> granted(grants, d.peerId)).toList();
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(d -> refs.computeIfAbsent(d.peerId, k -> new ArrayList<>()).add("Encounter/" + d.sessionId));
        disclose(actor, grants, refs, "Encounter");
        audit.listed(actor, AuditAction.SEARCH, AuditResourceType.SESSION,
                shown.stream().map(d -> d.sessionId).toList(), shown.stream().map(d -> d.peerId).toList());
        return bundle(shown.stream().map(d -> (Resource) FhirMapper.encounter(d)).toList(), page.next(), self, base);
    }

    public Resource readCareTeam(String id) {
        Actor actor = currentActor.get();
        UUID planId = uuid(id);
        NetworkPlan plan = planId == null ? null : networkPlans.find("organizationId = ?1 and id = ?2",
                actor.organization(), planId).firstResult();
        ConsentGrant grant = plan == null ? null : gate.grant(actor, plan.peerId, ConsentScope.PLANS).orElse(null);
        if (grant == null) {
            throw deny(actor, "CareTeam", id, AuditResourceType.NETWORK_PLAN);
        }
        NetworkPlanVersion version = networkPlanVersions.find(actor.organization(), plan.id, plan.currentVersion)
                .orElseThrow(() -> FhirException.notFound("CareTeam", id));
        disclose(actor, List.of(grant), Map.of(plan.peerId, List.of("CareTeam/" + plan.id)), "CareTeam");
        audit.success(actor, AuditAction.READ, AuditResourceType.NETWORK_PLAN, plan.id, plan.peerId);
        return CareTeamMapper.careTeam(plan, version);
    }

    public Bundle searchCareTeams(FhirSearch search, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        StringBuilder sql = new StringBuilder("select n.* from network_plan n where n.organization_id = :org and ")
                .append(ConsentGate.visibleCondition("n.peer_id"));
        List<Object[]> parameters = DateSearch.newParameters();
        if (!patientFilter(search, sql, parameters, "n.peer_id")) {
            return bundle(List.of(), null, self, base);
        }
        DateSearch.parse("_lastUpdated", search.lastUpdated()).appendTo(sql, parameters, "n.updated_at", "updated");
        Page<NetworkPlan> page = page(actor, sql, parameters, "n.created_at", "n.id", search, ConsentScope.PLANS,
                NetworkPlan.class, n -> n.createdAt, n -> n.id);
        List<ConsentGrant> grants = grants(actor, page.rows().stream().map(n -> n.peerId).distinct().toList(),
                ConsentScope.PLANS);
        List<NetworkPlan> granted = page.rows().stream().filter(plan -> granted(grants, plan.peerId)).toList();
        Map<UUID, NetworkPlanVersion> versions = networkPlanVersions.currentOf(actor.organization(),
                granted.stream().map(plan -> plan.id).toList());
        List<Resource> resources = new ArrayList<>();
        List<NetworkPlan> shown = new ArrayList<>();
        for (NetworkPlan plan : granted) {
            NetworkPlanVersion version = versions.get(plan.id);
            if (version != null) {
                shown.add(plan);
                resources.add(CareTeamMapper.careTeam(plan, version));
            }
        }
        Map<UUID, List<String>> refs = new LinkedHashMap<>();
        shown.forEach(n -> refs.computeIfAbsent(n.peerId, k -> new ArrayList<>()).add("CareTeam/" + n.id));
        disclose(actor, grants, refs, "CareTeam");
        audit.listed(actor, AuditAction.SEARCH, AuditResourceType.NETWORK_PLAN, shown.stream().map(n -> n.id).toList(),
                shown.stream().map(n -> n.peerId).toList());
        return bundle(resources, page.next(), self, base);
    }

    /** Adds the {@code patient} condition; false when the value names no possible patient. */
    private static boolean patientFilter(FhirSearch search, StringBuilder sql, List<Object[]> parameters,
            String column) {
        if (search.patient() == null || search.patient().isBlank()) {
            return true;
        }
        String value = search.patient().strip();
        if (value.startsWith("Patient/")) {
            value = value.substring("Patient/".length());
        }
        UUID peerId = uuid(value);
        if (peerId == null) {
            return false;
        }
        sql.append(" and ").append(column).append(" = :peer");
        parameters.add(new Object[] { "peer", peerId });
        return true;
    }

    private record Page<T>(List<T> rows, String next) {
    }

    /** Runs a keyset-paged search: rows after the cursor, ordered by (time, id), one extra to know of a next page. */
    private <T> Page<T> page(Actor actor, StringBuilder sql, List<Object[]> parameters, String timeColumn,
            String idColumn, FhirSearch search, ConsentScope scope, Class<T> type, Function<T, Instant> timeOf,
            Function<T, UUID> idOf) {
        int size = search.pageSize();
        if (search.cursor() != null && !search.cursor().isBlank()) {
            List<String> keys;
            try {
                keys = Cursor.decode(search.cursor(), 2);
                parameters.add(new Object[] { "afterTime", Instant.parse(keys.get(0)) });
                parameters.add(new Object[] { "afterId", UUID.fromString(keys.get(1)) });
            } catch (RuntimeException notOurs) {
                throw FhirException.invalidParameter("_cursor", "is not a cursor this server issued");
            }
            sql.append(" and (").append(timeColumn).append(", ").append(idColumn)
                    .append(") > (:afterTime, :afterId)");
        }
        sql.append(" order by ").append(timeColumn).append(", ").append(idColumn).append(" limit ").append(size + 1);
        Query query = entityManager.createNativeQuery(sql.toString(), type);
        ConsentGate.bind(query, actor, scope, Instant.now());
        parameters.forEach(parameter -> query.setParameter((String) parameter[0], parameter[1]));
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, size);
        T last = shown.get(size - 1);
        return new Page<>(shown, Cursor.encode(timeOf.apply(last).toString(), idOf.apply(last).toString()));
    }

    private List<ConsentGrant> grants(Actor actor, List<UUID> peerIds, ConsentScope scope) {
        return List.copyOf(gate.grants(actor, peerIds, scope).values());
    }

    private static boolean granted(List<ConsentGrant> grants, UUID peerId) {
        return grants.stream().anyMatch(grant -> grant.peer().id.equals(peerId));
    }

    private void disclose(Actor actor, List<ConsentGrant> grants, Map<UUID, List<String>> refsByPeer, String type) {
        refsByPeer.forEach((peerId, refs) -> grants.stream().filter(grant -> grant.peer().id.equals(peerId))
                .findFirst().ifPresent(grant -> disclosures.record(actor, grant.consent(), DisclosureChannel.FHIR,
                        refs.size() + " " + type + (refs.size() == 1 ? " resource" : " resources") + " (FHIR)",
                        refs)));
    }

    private Bundle bundle(List<Resource> resources, String nextCursor, UriBuilder self, String base) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new java.util.Date());
        bundle.addLink().setRelation("self").setUrl(self.build().toString());
        if (nextCursor != null) {
            bundle.addLink().setRelation("next")
                    .setUrl(self.replaceQueryParam("_cursor", nextCursor).build().toString());
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** Which of the documents are notes with an addendum in effect (addenda are never amended themselves). */
    private Set<UUID> amendedNotes(List<EhrDocument> shown) {
        return documents.amendedAmong(shown.stream().filter(d -> !d.isAddendum()).map(d -> d.id).toList());
    }

    private EhrDocument noteOfSession(String organization, UUID sessionId) {
        return documents.find("organizationId = ?1 and sessionId = ?2 and kind = ?3 and sessionStart is not null "
                + "order by signedAt", organization, sessionId, EhrDocument.Kind.NOTE).firstResultOptional()
                .orElse(null);
    }

    private FhirException deny(Actor actor, String type, String id, AuditResourceType auditType) {
        audit.denied(actor, AuditAction.READ, auditType, uuid(id), null);
        return FhirException.notFound(type, id);
    }

    private static AuditResourceType noteType(EhrDocument document) {
        return document.isAddendum() ? AuditResourceType.NOTE_ADDENDUM : AuditResourceType.SESSION_NOTE;
    }

    static UUID uuid(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static FhirException unsupported(String what) {
        return new FhirException(400, IssueType.NOTSUPPORTED, what + " is not supported by this server.");
    }
}
