package org.peerpath.api.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An EHR client of the agency and the organization it acts for; consents naming that organization cover it. */
@Entity
@Table(name = "ehr_client")
@IdClass(EhrClient.Key.class)
public class EhrClient {

    @Id
    @Column(name = "organization_id")
    public String organizationId;

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "recipient_organization", nullable = false)
    public String recipientOrganization;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public String organizationId;
        public String clientId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(clientId, key.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, clientId);
        }
    }
}
