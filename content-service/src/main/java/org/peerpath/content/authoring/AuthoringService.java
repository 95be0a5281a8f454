package org.peerpath.content.authoring;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.content.catalog.CatalogWriter;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.catalog.Entry;
import org.peerpath.content.catalog.EntryRepository;
import org.peerpath.content.catalog.EntryRevision;
import org.peerpath.content.catalog.EntryRevisionRepository;
import org.peerpath.content.catalog.RevisionStatus;
import org.peerpath.content.common.config.CurriculumConfig;
import org.peerpath.content.topic.SectionKind;
import org.peerpath.model.curriculum.CurriculumRef;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.ProblemType;

import io.quarkus.cache.CacheInvalidateAll;

/**
 * Drafts, publishing and revision history. Every change names the version it was made against (If-Match); the entry
 * row is locked while it is checked and changed, so of two concurrent changes one wins and the other gets 412.
 */
@ApplicationScoped
@Transactional
public class AuthoringService {

    private static final Map<EntryKind, SectionKind> SECTION_OF_ITEM = Map.of(
            EntryKind.STRATEGY, SectionKind.GUIDE,
            EntryKind.EXERCISE, SectionKind.EXERCISES,
            EntryKind.RESOURCE, SectionKind.RESOURCES,
            EntryKind.PRACTICE, SectionKind.PRACTICES);

    @Inject
    EntryRepository entries;

    @Inject
    EntryRevisionRepository revisions;

    @Inject
    CatalogWriter writer;

    @Inject
    CurriculumConfig config;

    public Versioned<EntryState> create(CreateEntryRequest request, String author) {
        ContentRules.check(request.kind(), request.content());
        String locale = request.locale() == null ? config.locales().get(0) : request.locale();
        if (!config.locales().contains(locale)) {
            throw ProblemException.invalidField("locale", "must be one of " + config.locales());
        }
        Placement placement = place(request, locale);
        if (entries.findAny(request.kind(), placement.key(), locale).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A " + request.kind() + " '" + placement.key()
                    + "' exists already; save a draft of it instead.");
        }
        Map<String, Object> document = AuthoringMapper.document(request.kind(), request.slug(), request.content(),
                null);
        Entry entry = writer.createDraft(request.kind(), placement.key(), locale, placement.topicSlug(),
                placement.parentKey(), request.content().title(), document, author);
        return changed(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EntryState> state(String ref, String locale) {
        return versioned(find(ref, locale));
    }

    public Versioned<EntryState> saveDraft(String ref, String locale, String ifMatch, SaveDraftRequest request,
            String author) {
        Entry entry = lockAndCheck(ref, locale, ifMatch);
        ContentRules.check(entry.kind, request.content());
        EntryRevision latest = latest(entry);
        writer.saveDraft(entry, request.content().title(),
                AuthoringMapper.document(entry.kind, entry.slug(), request.content(), latest.document), author);
        return changed(entry);
    }

    @CacheInvalidateAll(cacheName = CurriculumCache.NAME)
    public Versioned<EntryState> publish(String ref, String locale, String ifMatch) {
        Entry entry = lockAndCheck(ref, locale, ifMatch);
        EntryRevision latest = latest(entry);
        if (latest.status != RevisionStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "There is no draft to publish: revision " + latest.revision + " is already published.");
        }
        if (entry.parentKey != null) {
            EntryKind parentKind = entry.kind == EntryKind.SECTION ? EntryKind.TOPIC : EntryKind.SECTION;
            if (entries.findPublished(parentKind, entry.parentKey, locale).isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "Publish the " + parentKind.prefix() + " '"
                        + entry.parentKey + "' first; readers reach this entry through it.");
            }
        }
        writer.publish(entry, latest);
        return changed(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionResponse> revisions(String ref, String locale, int limit, String cursor) {
        Entry entry = find(ref, locale);
        int before = cursor == null || cursor.isEmpty() ? Integer.MAX_VALUE : revisionIn(cursor);
        List<EntryRevision> rows = revisions.history(entry.id, before, limit);
        return PagedResponses.page(rows, limit, revision -> Cursor.encode(Integer.toString(revision.revision)),
                revision -> AuthoringMapper.revision(entry, revision, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionResponse revision(String ref, String locale, int number) {
        Entry entry = find(ref, locale);
        return revisions.find(entry.id, number)
                .map(revision -> AuthoringMapper.revision(entry, revision, true))
                .orElseThrow(() -> new NotFoundProblem("revision", ref + "@" + number));
    }

    private Placement place(CreateEntryRequest request, String locale) {
        EntryKind kind = request.kind();
        if (kind == EntryKind.TOPIC || kind == EntryKind.TECHNIQUE) {
            refuseIfGiven("topic", request.topic(), kind);
            refuseIfGiven("section", request.section(), kind);
            return new Placement(request.slug(), kind == EntryKind.TOPIC ? request.slug() : null, null);
        }
        String topic = require("topic", request.topic(), kind);
        entries.findAny(EntryKind.TOPIC, topic, locale)
                .orElseThrow(() -> ProblemException.invalidField("topic", "names no topic"));
        if (kind == EntryKind.SECTION) {
            refuseIfGiven("section", request.section(), kind);
            return new Placement(topic + "." + request.slug(), topic, topic);
        }
        String sectionKey = topic + "." + require("section", request.section(), kind);
        Entry section = entries.findAny(EntryKind.SECTION, sectionKey, locale)
                .orElseThrow(() -> ProblemException.invalidField("section", "names no section of this topic"));
        SectionKind expected = SECTION_OF_ITEM.get(kind);
        Map<String, Object> sectionDocument = section.document != null ? section.document : latest(section).document;
        if (!expected.name().equals(sectionDocument.get("kind"))) {
            throw ProblemException.invalidField("section", "holds no " + kind + " items; choose a " + expected
                    + " section");
        }
        return new Placement(topic + "." + request.slug(), topic, sectionKey);
    }

    private static String require(String field, String value, EntryKind kind) {
        if (value == null) {
            throw ProblemException.invalidField(field, "is required for a " + kind);
        }
        return value;
    }

    private static void refuseIfGiven(String field, String value, EntryKind kind) {
        if (value != null) {
            throw ProblemException.invalidField(field, "does not apply to a " + kind);
        }
    }

    private Entry lockAndCheck(String ref, String locale, String ifMatch) {
        CurriculumRef parsed = parse(ref);
        Entry entry = entries.findForUpdate(parsed.kind(), parsed.key(), locale)
                .orElseThrow(() -> new NotFoundProblem("entry", ref));
        EntityTags.requireMatch(ifMatch, etag(entry));
        return entry;
    }

    private Entry find(String ref, String locale) {
        CurriculumRef parsed = parse(ref);
        return entries.findAny(parsed.kind(), parsed.key(), locale)
                .orElseThrow(() -> new NotFoundProblem("entry", ref));
    }

    private static CurriculumRef parse(String ref) {
        try {
            CurriculumRef parsed = CurriculumRef.parse(ref);
            if (ContentRules.AUTHORED_KINDS.contains(parsed.kind())) {
                return parsed;
            }
        } catch (IllegalArgumentException notARef) {
            // answered below
        }
        throw ProblemException.invalidField("ref",
                "must be a reference such as topic:healthy-boundaries or strategy:healthy-boundaries.define-your-role-clearly");
    }

    private EntryRevision latest(Entry entry) {
        return revisions.find(entry.id, entry.latestRevision)
                .orElseThrow(() -> new IllegalStateException("entry without its latest revision"));
    }

    /** After a change: flushed first, so that the version in the ETag is the one the change wrote. */
    private Versioned<EntryState> changed(Entry entry) {
        entries.flush();
        return versioned(entry);
    }

    private Versioned<EntryState> versioned(Entry entry) {
        return new Versioned<>(AuthoringMapper.state(entry, latest(entry)), etag(entry));
    }

    private static String etag(Entry entry) {
        return EntityTags.strong("v" + entry.version);
    }

    private static int revisionIn(String cursor) {
        try {
            return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException notARevision) {
            throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again without it");
        }
    }

    private record Placement(String key, String topicSlug, String parentKey) {
    }
}
