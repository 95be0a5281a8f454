package org.peerpath.content.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved state of an entry. Revisions are only ever added; a publish changes the status of two of them. */
@Entity
@Table(name = "entry_revision")
@IdClass(EntryRevision.Key.class)
public class EntryRevision {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    public RevisionStatus status;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> document;

    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static class Key implements Serializable {
        public UUID entryId;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.revision == revision && Objects.equals(key.entryId, entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, revision);
        }
    }
}
