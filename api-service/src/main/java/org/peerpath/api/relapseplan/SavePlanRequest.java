package org.peerpath.api.relapseplan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SaveRelapsePreventionPlan", description = "The whole plan as it should read now; every save makes a "
        + "new version and keeps the earlier ones.")
public record SavePlanRequest(
        @Valid @Schema(nullable = true) WarningSigns warningSigns,
        @Size(max = 30) @Schema(maxItems = 30, nullable = true, example = "[\"Payday\", \"Old neighbourhood\"]")
        List<@NotBlank @Size(max = 500) String> highRiskSituations,
        @Size(max = 30) @Schema(maxItems = 30, nullable = true, example = "[\"Arguments at home\"]")
        List<@NotBlank @Size(max = 500) String> triggers,
        @Valid @Size(max = 30) @Schema(maxItems = 30, nullable = true) List<@NotNull CopingStrategy> copingStrategies,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, description = "In the person's own words",
                example = "[\"I want to be there for my daughter\"]")
        List<@NotBlank @Size(max = 2000) String> reasonsForRecovery,
        @Valid @Size(max = 10) @Schema(maxItems = 10, nullable = true, description = "Whom to call, first first: "
                + "crisis contacts of the network plan by member id") List<@NotNull CallEntry> whomToCall,
        @Valid @Size(max = 20) @Schema(maxItems = 20, nullable = true)
        List<@NotNull PlanContact> professionalContacts,
        @Valid @Size(max = 10) @Schema(maxItems = 10, nullable = true) List<@NotNull PlanContact> crisisLines,
        @Schema(nullable = true, description = "When to review the plan together", example = "2027-02-01")
        LocalDate reviewDate,
        @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, example = "Added payday as a high-risk time")
        String changeNote) {

    PlanContent content() {
        return new PlanContent(warningSigns, highRiskSituations, triggers, copingStrategies, reasonsForRecovery,
                whomToCall, professionalContacts, crisisLines);
    }
}
