package org.peerpath.api.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member of an agency's staff, known by OIDC subject; created from the token on first use. */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String credentials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> roles = new ArrayList<>();

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** National Provider Identifier, where the agency records one; EHRs otherwise see the local staff id. */
    public String npi;
}
