package org.peerpath.api.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** A person in recovery supported by the agency (the participant). */
@Entity
@Table(name = "peer")
public class Peer {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "preferred_name", nullable = false)
    public String preferredName;

    public String pronouns;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recovery_pathways", nullable = false)
    public List<RecoveryPathway> recoveryPathways = new ArrayList<>();

    public String strengths;

    public String hopes;

    public String concerns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeerStatus status;

    @Column(name = "external_mrn")
    public String externalMrn;

    /** The OIDC subject of the person's own login, which lets them read their own goals and plan. */
    @Column(name = "participant_subject")
    public String participantSubject;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Column(name = "conclusion_reason")
    public String conclusionReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The day the person joined the program: from it the program report counts them as active. */
    @Column(name = "enrolled_on", nullable = false)
    public LocalDate enrolledOn;
    /** Administrative gender, UNKNOWN unless recorded (US Core Patient); never derived from pronouns. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdministrativeGender gender = AdministrativeGender.UNKNOWN;

    /** Legal given name(s), when the agency records them; never split from the preferred name. */
    @Column(name = "given_name")
    public String givenName;

    /** Legal family name, when the agency records it. */
    @Column(name = "family_name")
    public String familyName;
}
