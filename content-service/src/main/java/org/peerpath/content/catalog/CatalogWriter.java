package org.peerpath.content.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.model.curriculum.EntryKind;

/** The only code that changes entries and revisions; seeds and authoring both go through it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogWriter {

    @Inject
    EntryRepository entries;

    @Inject
    EntryRevisionRepository revisions;

    @Inject
    CatalogVersion catalogVersion;

    @Inject
    Event<EntryPublished> published;

    /** A new entry whose first revision is already published (seeds). */
    public Entry createPublished(EntryKind kind, String key, String locale, String topicSlug, String parentKey,
            int position, String title, Map<String, Object> document, String author) {
        Entry entry = newEntry(kind, key, locale, topicSlug, parentKey, position, title);
        entry.latestRevision = 1;
        entries.persist(entry);
        EntryRevision revision = addRevision(entry, 1, RevisionStatus.DRAFT, title, document, author);
        publish(entry, revision);
        return entry;
    }

    /** A new entry with only a draft, invisible to readers until it is published. */
    public Entry createDraft(EntryKind kind, String key, String locale, String topicSlug, String parentKey,
            String title, Map<String, Object> document, String author) {
        Entry entry = newEntry(kind, key, locale, topicSlug, parentKey, entries.nextPosition(), title);
        entry.latestRevision = 1;
        entries.persist(entry);
        addRevision(entry, 1, RevisionStatus.DRAFT, title, document, author);
        return entry;
    }

    /**
     * Saves a draft: a new revision on top of the latest, so every saved state stays in the history. A draft that
     * was never published is replaced by the new one as the draft (the old one is superseded).
     */
    public EntryRevision saveDraft(Entry entry, String title, Map<String, Object> document, String author) {
        revisions.find(entry.id, entry.latestRevision)
                .filter(latest -> latest.status == RevisionStatus.DRAFT)
                .ifPresent(previousDraft -> previousDraft.status = RevisionStatus.SUPERSEDED);
        entry.latestRevision++;
        entry.updatedAt = Instant.now();
        if (!entry.isPublished()) {
            entry.title = title;
        }
        return addRevision(entry, entry.latestRevision, RevisionStatus.DRAFT, title, document, author);
    }

    /** Makes a draft revision what readers see; the revision published before it becomes superseded. */
    public void publish(Entry entry, EntryRevision draft) {
        if (entry.publishedRevision != null) {
            revisions.find(entry.id, entry.publishedRevision)
                    .ifPresent(previous -> previous.status = RevisionStatus.SUPERSEDED);
        }
        Instant now = Instant.now();
        draft.status = RevisionStatus.PUBLISHED;
        draft.publishedAt = now;
        entry.publishedRevision = draft.revision;
        entry.title = draft.title;
        entry.document = draft.document;
        entry.searchText = SearchText.of(draft.document);
        entry.updatedAt = now;
        catalogVersion.bump();
        published.fire(new EntryPublished(entry));
    }

    private static Entry newEntry(EntryKind kind, String key, String locale, String topicSlug, String parentKey,
            int position, String title) {
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.kind = kind;
        entry.key = key;
        entry.locale = locale;
        entry.topicSlug = topicSlug;
        entry.parentKey = parentKey;
        entry.position = position;
        entry.title = title;
        entry.searchText = "";
        entry.updatedAt = Instant.now();
        return entry;
    }

    private EntryRevision addRevision(Entry entry, int number, RevisionStatus status, String title,
            Map<String, Object> document, String author) {
        EntryRevision revision = new EntryRevision();
        revision.entryId = entry.id;
        revision.revision = number;
        revision.status = status;
        revision.title = title;
        revision.document = document;
        revision.author = author;
        revision.createdAt = Instant.now();
        revisions.persist(revision);
        return revision;
    }
}
