package org.peerpath.api.agency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agency's choices that differ by state and payer: note format, billing rounding, daily unit cap, time zone. */
@Entity
@Table(name = "agency_settings")
public class AgencySettings {

    public static final String DEFAULT_NOTE_FORMAT = "DAP";
    public static final int DEFAULT_DAILY_UNIT_CAP = 16;

    @Id
    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "note_format", nullable = false)
    public String noteFormat = DEFAULT_NOTE_FORMAT;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_rounding", nullable = false)
    public BillingRounding billingRounding = BillingRounding.EIGHT_MINUTE_RULE;

    @Column(name = "daily_unit_cap", nullable = false)
    public int dailyUnitCap = DEFAULT_DAILY_UNIT_CAP;

    @Column(name = "time_zone", nullable = false)
    public String timeZone = "UTC";

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The agency's contact phone: how an EHR reaches the staff it sees as practitioners (PractitionerRole). */
    @Column(name = "contact_phone")
    public String contactPhone;

    /** The agency's contact email, for the same purpose. */
    @Column(name = "contact_email")
    public String contactEmail;

    /** The defaults of DESIGN.md section 4, for an agency that changed nothing. */
    public static AgencySettings defaults(String organization) {
        AgencySettings settings = new AgencySettings();
        settings.organizationId = organization;
        return settings;
    }
}
