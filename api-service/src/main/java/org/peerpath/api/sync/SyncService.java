package org.peerpath.api.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.changelog.ChangeRow;
import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.FeedPosition;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.SecurityLabels;
import org.peerpath.api.session.DocumentReferenceType;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.session.EhrDocumentRepository;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;

/**
 * The change feed of signed notes for an EHR client: notes and addenda of the peers whose consent (covering notes)
 * names the client, and the tombstones it must act on. Each page's documents are disclosed through the pipeline
 * ({@link FhirReader#granted}): recorded as disclosures and audited.
 */
@ApplicationScoped
@Transactional
public class SyncService {

    /** The kinds the feed carries. */
    static final Set<EhrChangeKind> KINDS = Set.of(EhrChangeKind.NOTE_SIGNED, EhrChangeKind.NOTE_AMENDED,
            EhrChangeKind.DOCUMENT_WITHDRAWN, EhrChangeKind.CONSENT_GRANTED, EhrChangeKind.CONSENT_REVOKED);

    @Inject
    CurrentActor currentActor;

    @Inject
    ChangeFeed feed;

    @Inject
    EhrDocumentRepository documents;

    @Inject
    DocumentReferenceType documentType;

    @Inject
    FhirReader reader;

    public FeedPage notes(String cursor, int limit) {
        Actor actor = currentActor.get();
        FeedPosition after = FeedPosition.decode(cursor);
        List<ChangeRow> rows = feed.read(actor, after, KINDS, limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeRow> page = more ? rows.subList(0, limit) : rows;
        String next = page.isEmpty() ? after.encode() : page.get(page.size() - 1).cursor();

        List<UUID> documentIds = page.stream().filter(SyncService::carriesDocument).map(ChangeRow::documentId)
                .distinct().toList();
        List<EhrDocument> found = documentIds.isEmpty() ? List.of()
                : documents.list("id in ?1 and withdrawnAt is null", documentIds);
        Map<UUID, EhrDocument> disclosed = reader.granted(actor, documentType, found, DisclosureChannel.CHANGE_FEED,
                AuditAction.READ).stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<FeedChange> items = page.stream().map(row -> new FeedChange(row.kind(), row.occurredAt(), row.peerId(),
                "Patient/" + row.peerId(), row.documentId(), row.consentId(), carriesDocument(row)
                        && disclosed.containsKey(row.documentId()) ? SyncedDocument.of(disclosed.get(row.documentId()))
                        : null)).toList();
        return new FeedPage(items, next, more, SecurityLabels.PART2_NOTICE);
    }

    private static boolean carriesDocument(ChangeRow row) {
        return row.kind() == EhrChangeKind.NOTE_SIGNED || row.kind() == EhrChangeKind.NOTE_AMENDED;
    }
}
