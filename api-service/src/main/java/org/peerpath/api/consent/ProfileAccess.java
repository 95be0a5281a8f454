package org.peerpath.api.consent;

import java.util.UUID;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.staff.Actor;

/**
 * Whether the caller may see a person's profile: consent and disclosure management ask it before they answer about
 * the person. The peer feature implements it with its access policy; the consent rule sits below the features whose
 * records it gates (peer among them, which serves the Patient), so it cannot call them itself.
 */
public interface ProfileAccess {

    /**
     * Refuses unless the caller may see the person's profile (404 for a person out of reach, refusal audited as
     * {@code action} on {@code type}/{@code resourceId}); {@code lock} holds the person's row to the transaction.
     */
    void require(Actor actor, UUID peerId, boolean lock, AuditAction action, AuditResourceType type, UUID resourceId);
}
