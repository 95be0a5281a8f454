package org.peerpath.api.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.peerpath.api.fhir.Bundles;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.FhirSearch;
import org.peerpath.common.paging.Cursor;

/**
 * The instruments as FHIR Questionnaires. They hold no personal data, so they are public and not disclosed; the
 * consent-gated assessment types go through the disclosure pipeline ({@link QuestionnaireResponseType},
 * {@link ObservationType}).
 */
@ApplicationScoped
@Transactional
public class AssessmentFhirService {

    @Inject
    InstrumentRepository instruments;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Questionnaire questionnaire(String id) {
        UUID instrumentId = FhirReader.uuid(id);
        Instrument instrument = instrumentId == null ? null : instruments.findById(instrumentId);
        if (instrument == null) {
            throw FhirException.notFound("Questionnaire", id);
        }
        return AssessmentFhir.questionnaire(instrument);
    }

    /**
     * Instruments by canonical URL and version, as QuestionnaireResponse.questionnaire names them
     * ({@code url=<canonical>|<version>} or {@code url=<canonical>&version=<version>}); with neither, all of them.
     * The total is counted: the table holds a handful of rows, so it costs no more than the page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bundle searchQuestionnaires(String url, String version, FhirSearch search, UriBuilder self, String base) {
        String canonical = blankToNull(url);
        String wanted = blankToNull(version);
        if (canonical != null && canonical.contains("|")) {
            String pinned = canonical.substring(canonical.indexOf('|') + 1);
            if (wanted != null && !wanted.equals(pinned)) {
                throw FhirException.invalidParameter("version", "differs from the version in url");
            }
            wanted = pinned;
            canonical = canonical.substring(0, canonical.indexOf('|'));
        }
        int limit = search.pageSize();
        String afterCode = null;
        String afterVersion = null;
        if (search.cursor() != null && !search.cursor().isBlank()) {
            try {
                List<String> keys = Cursor.decode(search.cursor(), 2);
                afterCode = keys.get(0);
                afterVersion = keys.get(1);
            } catch (RuntimeException notOurs) {
                throw FhirException.invalidParameter("_cursor", "is not a cursor this server issued");
            }
        }
        List<Instrument> rows = instruments.byCanonical(canonical, wanted, afterCode, afterVersion, limit + 1);
        String next = rows.size() > limit ? Cursor.encode(rows.get(limit - 1).code, rows.get(limit - 1).version)
                : null;
        Bundle bundle = Bundles.searchset(rows.stream().limit(limit).map(AssessmentFhir::questionnaire).toList(),
                next, self, base);
        return bundle.setTotal((int) instruments.countByCanonical(canonical, wanted));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
