package org.peerpath.api.assessment;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentInstrument", description = "One version of an assessment instrument, as the caller's "
        + "agency uses it (its scale labels, whether it is switched on there).")
public record InstrumentResponse(
        @Schema(example = "b10c0000-0000-4000-8000-000000000001") UUID id,
        @Schema(maxLength = 50, example = "BARC-10") String code,
        @Schema(maxLength = 20, example = "1") String version,
        @Schema(maxLength = 200, example = "Brief Assessment of Recovery Capital (BARC-10)") String title,
        @Schema(maxLength = 2000, example = "Ten statements about the resources a person can draw on in recovery.")
        String description,
        @Schema(maxLength = 2000, example = "Vilsaint C.L., Kelly J.F., Bergman B.G., Groshkova T., Best D., White W. "
                + "(2017). Development and validation of a Brief Assessment of Recovery Capital (BARC-10) for alcohol "
                + "and drug use disorder. Drug and Alcohol Dependence 177, 71–76.") String citation,
        @Schema(maxLength = 2000, example = "Freely available; permission not required for use.") String terms,
        @Schema(description = "Canonical URL of the FHIR Questionnaire", maxLength = 500,
                example = "https://peerpath.dev/fhir/Questionnaire/barc-10") String canonicalUrl,
        @Schema(maxItems = 200) List<InstrumentItem> items,
        @Schema(example = "1") int scaleMin,
        @Schema(example = "6") int scaleMax,
        @Schema(description = "Display text of each answer value (the agency's own, if it set any)", maxItems = 20)
        List<ScaleLabel> scaleLabels,
        @Schema(example = "SUM") ScoringMethod scoring,
        @Schema(example = "10") int totalMin,
        @Schema(example = "60") int totalMax,
        @Schema(nullable = true, description = "Totals at or above it are flagged", example = "47") Integer cutoff,
        @Schema(nullable = true, maxLength = 500,
                example = "A total of 47 or more was the published cut-off that predicted sustained remission.")
        String cutoffMeaning,
        @Schema(example = "ACTIVE") InstrumentStatus status,
        @Schema(description = "Whether the caller's agency uses it; new assessments need it on", example = "true")
        boolean enabledForAgency) {

    static InstrumentResponse of(Instrument instrument, AgencyInstrumentSetting setting) {
        List<ScaleLabel> labels = setting != null && setting.scaleLabels != null ? setting.scaleLabels
                : instrument.scaleLabels;
        return new InstrumentResponse(instrument.id, instrument.code, instrument.version, instrument.title,
                instrument.description, instrument.citation, instrument.terms, instrument.canonicalUrl,
                List.copyOf(instrument.items), instrument.scaleMin, instrument.scaleMax, List.copyOf(labels),
                instrument.scoring, instrument.totalMin, instrument.totalMax, instrument.cutoff,
                instrument.cutoffMeaning, instrument.status, setting == null || setting.enabled);
    }
}
