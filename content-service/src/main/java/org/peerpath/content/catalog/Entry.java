package org.peerpath.content.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.peerpath.model.curriculum.CurriculumRef;
import org.peerpath.model.curriculum.EntryKind;

/**
 * One curriculum entry (a topic, a section, an item, a stage, a technique, ...). It carries the published revision's
 * document, so readers never join the history; {@link EntryRevision} keeps every draft and published revision.
 */
@Entity
@Table(name = "entry")
public class Entry {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public EntryKind kind;

    /** The slug, or for entries inside a topic the topic's slug and their own joined by a dot. */
    @Column(name = "entry_key")
    public String key;

    public String locale;

    @Column(name = "topic_slug")
    public String topicSlug;

    @Column(name = "parent_key")
    public String parentKey;

    /** Document order across the whole curriculum. */
    public int position;

    @Column(name = "published_revision")
    public Integer publishedRevision;

    @Column(name = "latest_revision")
    public int latestRevision;

    /** The published title, or the first draft's while the entry was never published. */
    public String title;

    /** The published revision's document; null while the entry was never published. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> document;

    /** The published text that search indexes (body text below the title). */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public CurriculumRef ref() {
        return new CurriculumRef(kind, key);
    }

    public boolean isPublished() {
        return publishedRevision != null;
    }

    /** The entry's own slug: the part of the key after the topic's. */
    public String slug() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
