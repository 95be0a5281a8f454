package org.peerpath.api.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.Consent;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.fhir.SecurityLabels;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;

/**
 * The change feed of signed notes for an EHR client: notes and addenda of the peers whose consent (covering notes)
 * names the client, and the tombstones it must act on. Each page's documents are recorded as disclosures.
 */
@ApplicationScoped
@Transactional
public class SyncService {

    /** Which rows a client sees: document changes of consented peers, and changes of consents naming it. */
    static final String VISIBLE = "(ch.kind in ('NOTE_SIGNED', 'NOTE_AMENDED', 'DOCUMENT_WITHDRAWN') and "
            + ConsentGate.visibleCondition("ch.peer_id") + ") or (ch.kind in ('CONSENT_GRANTED', 'CONSENT_REVOKED') "
            + "and exists (select 1 from consent c where c.id = ch.consent_id and c.organization_id = :org and "
            + "(c.recipient_client_id = :client or c.recipient_organization in (select e.recipient_organization "
            + "from ehr_client e where e.organization_id = :org and e.client_id = :client))))";

    @Inject
    CurrentActor currentActor;

    @Inject
    ChangeLog changeLog;

    @Inject
    EhrDocumentRepository documents;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    AuditLog audit;

    public FeedPage notes(String cursor, int limit) {
        Actor actor = currentActor.get();
        FeedPosition after = FeedPosition.decode(cursor);
        List<ChangeRow> rows = changeLog.read(actor.organization(), after, VISIBLE,
                query -> ConsentGate.bind(query, actor, ConsentScope.NOTES, Instant.now()), limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeRow> page = more ? rows.subList(0, limit) : rows;
        String next = page.isEmpty() ? after.encode() : page.get(page.size() - 1).cursor();

        List<UUID> documentIds = page.stream().map(ChangeRow::documentId).filter(id -> id != null).distinct().toList();
        Map<UUID, EhrDocument> byId = documentIds.isEmpty() ? Map.of()
                : documents.list("id in ?1", documentIds).stream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<UUID, Consent> consents = gate.consents(actor, page.stream().filter(SyncService::carriesDocument)
                .map(ChangeRow::peerId).toList(), ConsentScope.NOTES);
        Map<UUID, List<String>> disclosed = new LinkedHashMap<>();
        List<FeedChange> items = new ArrayList<>();
        for (ChangeRow row : page) {
            SyncedDocument document = null;
            if (carriesDocument(row)) {
                EhrDocument found = byId.get(row.documentId());
                if (found != null && found.withdrawnAt == null && consents.containsKey(row.peerId())) {
                    document = SyncedDocument.of(found);
                    disclosed.computeIfAbsent(row.peerId(), k -> new ArrayList<>())
                            .add("DocumentReference/" + found.id);
                    audit.success(actor, AuditAction.READ, found.isAddendum() ? AuditResourceType.NOTE_ADDENDUM
                            : AuditResourceType.SESSION_NOTE, found.id, found.peerId);
                }
            }
            items.add(new FeedChange(row.kind(), row.occurredAt(), row.peerId(), "Patient/" + row.peerId(),
                    row.documentId(), row.consentId(), document));
        }
        disclosed.forEach((peerId, refs) -> disclosures.record(actor, consents.get(peerId),
                DisclosureChannel.CHANGE_FEED,
                refs.size() + (refs.size() == 1 ? " signed note" : " signed notes") + " (change feed)", refs));
        return new FeedPage(items, next, more, SecurityLabels.PART2_NOTICE);
    }

    private static boolean carriesDocument(ChangeRow row) {
        return row.kind() == EhrChangeKind.NOTE_SIGNED || row.kind() == EhrChangeKind.NOTE_AMENDED;
    }
}
