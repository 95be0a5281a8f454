package org.peerpath.api.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.ServedType;

/** The instruments as FHIR Questionnaires: read only, public (they hold no personal data), so not disclosed. */
@ApplicationScoped
public class QuestionnaireType implements ServedType {

    @Override
    public String fhirType() {
        return "Questionnaire";
    }

    @Override
    public String documentation() {
        return "Assessment instruments (e.g. BARC-10), each version with its items and answer scale; public, as they "
                + "hold no personal data. Search by the canonical that QuestionnaireResponse.questionnaire names; "
                + "searches carry Bundle.total";
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(
                new SearchParam("url", SearchParamType.URI, "http://hl7.org/fhir/SearchParameter/conformance-url",
                        "The canonical URL, optionally with |version", "canonical_url", false),
                new SearchParam("version", SearchParamType.TOKEN,
                        "http://hl7.org/fhir/SearchParameter/conformance-version", "The instrument version", "version",
                        false));
    }
}
