package org.peerpath.api.agency;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.model.problem.ProblemType;

/** Reads and replaces the agency's settings; an agency that stored none has the defaults (version -1). */
@ApplicationScoped
@Transactional
public class AgencySettingsService {

    static final long DEFAULTS_VERSION = -1;

    @Inject
    CurrentActor currentActor;

    @Inject
    AgencySettingsRepository settings;

    @Inject
    AuditLog audit;

    public Versioned<AgencySettingsResponse> get() {
        Actor actor = currentActor.get();
        return settings.findByIdOptional(actor.organization())
                .map(s -> new Versioned<>(AgencySettingsResponse.of(s), s.version))
                .orElseGet(() -> new Versioned<>(AgencySettingsResponse.of(
                        AgencySettings.defaults(actor.organization())), DEFAULTS_VERSION));
    }

    public Versioned<AgencySettingsResponse> update(UpdateAgencySettingsRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        if (!actor.isOrgAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only org-admins change agency settings.");
        }
        AgencySettings current = settings.findById(actor.organization(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, Versioned.etag(current == null ? DEFAULTS_VERSION : current.version));
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException unknown) {
            throw ProblemException.invalidField("timeZone", "is not an IANA time zone such as America/New_York");
        }
        if (current == null) {
            current = AgencySettings.defaults(actor.organization());
            apply(current, request);
            settings.persist(current);
        } else {
            apply(current, request);
        }
        settings.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.AGENCY_SETTINGS, null, null);
        return new Versioned<>(AgencySettingsResponse.of(current), current.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void apply(AgencySettings target, UpdateAgencySettingsRequest request) {
        target.noteFormat = request.noteFormat();
        target.billingRounding = request.billingRounding();
        target.dailyUnitCap = request.dailyUnitCap();
        target.timeZone = request.timeZone();
        target.contactPhone = blankToNull(request.contactPhone());
        target.contactEmail = blankToNull(request.contactEmail());
        target.updatedAt = Now.instant();
    }
}
