package org.peerpath.api.assessment;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/** Instrument definitions as the caller's agency sees them, and the agency's settings for each. */
@ApplicationScoped
@Transactional
public class InstrumentService {

    @Inject
    CurrentActor currentActor;

    @Inject
    InstrumentRepository instruments;

    @Inject
    AgencyInstrumentSettingRepository settings;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentResponse> list(PageRequest page) {
        Actor actor = currentActor.get();
        String afterCode = null;
        String afterVersion = null;
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            afterCode = keys.get(0);
            afterVersion = keys.get(1);
        }
        List<Instrument> rows = instruments.page(afterCode, afterVersion, page.limit + 1);
        Map<UUID, AgencyInstrumentSetting> own = settings.forInstruments(actor.organization(),
                rows.stream().map(i -> i.id).toList()).stream()
                .collect(Collectors.toMap(s -> s.instrumentId, Function.identity()));
        return PagedResponses.page(rows, page.limit, i -> Cursor.encode(i.code, i.version),
                i -> InstrumentResponse.of(i, own.get(i.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<InstrumentResponse> get(UUID instrumentId) {
        Actor actor = currentActor.get();
        Instrument instrument = require(instrumentId);
        AgencyInstrumentSetting setting = settings.find(actor.organization(), instrumentId).orElse(null);
        return new Versioned<>(InstrumentResponse.of(instrument, setting), settingsVersion(setting));
    }

    public Versioned<InstrumentResponse> updateSettings(UUID instrumentId, InstrumentSettingsRequest request,
            String ifMatch) {
        Actor actor = currentActor.get();
        Instrument instrument = require(instrumentId);
        AgencyInstrumentSetting setting = settings.find(actor.organization(), instrumentId).orElse(null);
        EntityTags.requireMatch(ifMatch, Versioned.etag(settingsVersion(setting)));
        if (request.scaleLabels() != null) {
            requireLabelsFit(instrument, request.scaleLabels());
        }
        Instant now = Now.instant();
        if (setting == null) {
            setting = new AgencyInstrumentSetting();
            setting.id = UUID.randomUUID();
            setting.organizationId = actor.organization();
            setting.instrumentId = instrumentId;
            setting.enabled = request.enabled();
            setting.scaleLabels = request.scaleLabels() == null ? null : new ArrayList<>(request.scaleLabels());
            setting.updatedBy = actor.subject();
            setting.updatedAt = now;
            settings.persist(setting);
        } else {
            setting.enabled = request.enabled();
            setting.scaleLabels = request.scaleLabels() == null ? null : new ArrayList<>(request.scaleLabels());
            setting.updatedBy = actor.subject();
            setting.updatedAt = now;
        }
        settings.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.ASSESSMENT_INSTRUMENT, instrumentId, null);
        return new Versioned<>(InstrumentResponse.of(instrument, setting), settingsVersion(setting));
    }

    /** The instrument version, if it exists. */
    Instrument require(UUID instrumentId) {
        return instruments.findByIdOptional(instrumentId)
                .orElseThrow(() -> new NotFoundProblem("assessment instrument", instrumentId));
    }

    /** 0 while the agency keeps the defaults, then one more than the settings row's version. */
    static long settingsVersion(AgencyInstrumentSetting setting) {
        return setting == null ? 0 : setting.version + 1;
    }

    private static void requireLabelsFit(Instrument instrument, List<ScaleLabel> labels) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            ScaleLabel label = labels.get(i);
            if (label.value() < instrument.scaleMin || label.value() > instrument.scaleMax) {
                errors.add(new FieldError("scaleLabels[" + i + "].value", "must be from " + instrument.scaleMin
                        + " to " + instrument.scaleMax));
            } else if (!seen.add(label.value())) {
                errors.add(new FieldError("scaleLabels[" + i + "].value", "is labelled twice"));
            }
        }
        if (errors.isEmpty() && seen.size() != instrument.scaleMax - instrument.scaleMin + 1) {
            errors.add(new FieldError("scaleLabels", "label every value from " + instrument.scaleMin + " to "
                    + instrument.scaleMax));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The scale labels do not fit the instrument.",
                    errors);
        }
    }
}
