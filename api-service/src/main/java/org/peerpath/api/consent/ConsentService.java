package org.peerpath.api.consent;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.EhrChanges;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.ProblemType;

/** Consents: recorded, listed and revoked by the agency; each change is audited and reaches the EHR feed. */
@ApplicationScoped
@Transactional
public class ConsentService {

    @Inject
    CurrentActor currentActor;

    @Inject
    ProfileAccess access;

    @Inject
    ConsentRepository consents;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    EhrChanges changes;

    public Outcome<ConsentResponse> create(CreateConsentRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createConsent", request,
                ConsentResponse.class, () -> {
                    access.require(actor, request.peerId(), true, AuditAction.CREATE,
                            AuditResourceType.CONSENT, request.peerId());
                    if (blank(request.recipientClientId()) && blank(request.recipientOrganization())) {
                        throw ProblemException.invalidField("recipientClientId",
                                "name the recipient EHR client, or the recipient organization");
                    }
                    Instant now = Now.instant();
                    Instant effectiveFrom = request.effectiveFrom() == null ? now : request.effectiveFrom();
                    if (request.expiresAt() != null && !request.expiresAt().isAfter(effectiveFrom)) {
                        throw ProblemException.invalidField("expiresAt", "must be after effectiveFrom");
                    }
                    if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
                        throw ProblemException.invalidField("expiresAt", "must be in the future");
                    }
                    Consent consent = new Consent();
                    consent.id = UUID.randomUUID();
                    consent.organizationId = actor.organization();
                    consent.peerId = request.peerId();
                    consent.recipientClientId = blank(request.recipientClientId()) ? null
                            : request.recipientClientId().strip();
                    consent.recipientOrganization = blank(request.recipientOrganization()) ? null
                            : request.recipientOrganization().strip();
                    consent.recipientName = request.recipientName().strip();
                    consent.purpose = request.purpose().name();
                    consent.scopes = new ArrayList<>(new LinkedHashSet<>(request.scopes()));
                    consent.effectiveFrom = effectiveFrom;
                    consent.expiresAt = request.expiresAt();
                    consent.createdBy = actor.subject();
                    consent.createdAt = now;
                    consent.updatedAt = now;
                    if (!effectiveFrom.isAfter(now)) {
                        // in effect now: announced at once; a future-dated one waits for ConsentClock
                        consent.announcedAt = now;
                    }
                    consents.persist(consent);
                    consents.flush();
                    if (consent.announcedAt != null) {
                        changes.append(actor.organization(), request.peerId(), EhrChangeKind.CONSENT_GRANTED, null,
                                consent.id);
                    }
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.CONSENT, consent.id, request.peerId());
                    return Outcome.created(ConsentResponse.of(consent, now), "v1/consents/" + consent.id,
                            Versioned.etag(consent.version));
                });
    }

    public Versioned<ConsentResponse> get(UUID consentId) {
        Actor actor = currentActor.get();
        Consent consent = require(actor, consentId, false, AuditAction.READ);
        audit.success(actor, AuditAction.READ, AuditResourceType.CONSENT, consent.id, consent.peerId);
        return new Versioned<>(ConsentResponse.of(consent, Now.instant()), consent.version);
    }

    public Page<ConsentResponse> list(UUID peerId, PageRequest page) {
        Actor actor = currentActor.get();
        if (peerId != null) {
            access.require(actor, peerId, false, AuditAction.LIST, AuditResourceType.CONSENT, peerId);
        }
        Instant afterTime = null;
        UUID afterId = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list");
            }
        }
        List<Consent> rows = consents.page(actor.organization(), peerId, afterTime, afterId, page.limit + 1);
        Instant now = Now.instant();
        Page<ConsentResponse> result = PagedResponses.page(rows, page.limit,
                row -> Cursor.encode(row.createdAt.toString(), row.id.toString()), row -> ConsentResponse.of(row, now));
        audit.listed(actor, AuditAction.LIST, AuditResourceType.CONSENT,
                result.items().stream().map(ConsentResponse::id).toList(),
                result.items().stream().map(ConsentResponse::peerId).toList());
        return result;
    }

    /**
     * Ends a consent at once. The row lock waits for disclosures in flight under it (they hold it in share mode), so
     * every disclosure either committed before the revocation or sees it.
     */
    public Outcome<ConsentResponse> revoke(UUID consentId, RevokeConsentRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "revokeConsent " + consentId,
                request, ConsentResponse.class, () -> {
                    Consent consent = require(actor, consentId, true, AuditAction.REVOKE);
                    if (consent.revokedAt != null) {
                        throw new ProblemException(ProblemType.CONFLICT, "The consent was already revoked.");
                    }
                    Instant now = Now.instant();
                    consent.revokedAt = now;
                    consent.revokedBy = actor.subject();
                    consent.revocationReason = request.reason().strip();
                    consent.updatedAt = now;
                    consents.flush();
                    if (consent.announcedAt != null) {
                        // a consent never announced named nobody to the EHR: its revocation has nothing to retract
                        changes.append(actor.organization(), consent.peerId, EhrChangeKind.CONSENT_REVOKED, null,
                                consent.id);
                    }
                    audit.success(actor, AuditAction.REVOKE, AuditResourceType.CONSENT, consent.id, consent.peerId);
                    return new Outcome<>(200, ConsentResponse.of(consent, now), null,
                            Versioned.etag(consent.version), false);
                });
    }

    private Consent require(Actor actor, UUID consentId, boolean lock, AuditAction action) {
        Consent consent = (lock ? consents.findForUpdate(actor.organization(), consentId)
                : consents.findInOrganization(actor.organization(), consentId)).orElse(null);
        if (consent == null) {
            audit.denied(actor, action, AuditResourceType.CONSENT, consentId, null);
            throw new NotFoundProblem("consent", consentId);
        }
        access.require(actor, consent.peerId, false, action, AuditResourceType.CONSENT, consentId);
        return consent;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
