package org.peerpath.api.relapseplan;

import java.util.List;

/** What one version of a plan says; stored as one JSON document per version. */
public record PlanContent(WarningSigns warningSigns, List<String> highRiskSituations, List<String> triggers,
        List<CopingStrategy> copingStrategies, List<String> reasonsForRecovery, List<CallEntry> whomToCall,
        List<PlanContact> professionalContacts, List<PlanContact> crisisLines) {

    public PlanContent {
        warningSigns = warningSigns == null ? new WarningSigns(null, null, null, null) : warningSigns;
        highRiskSituations = WarningSigns.copy(highRiskSituations);
        triggers = WarningSigns.copy(triggers);
        copingStrategies = copingStrategies == null ? List.of() : List.copyOf(copingStrategies);
        reasonsForRecovery = WarningSigns.copy(reasonsForRecovery);
        whomToCall = whomToCall == null ? List.of() : List.copyOf(whomToCall);
        professionalContacts = professionalContacts == null ? List.of() : List.copyOf(professionalContacts);
        crisisLines = crisisLines == null ? List.of() : List.copyOf(crisisLines);
    }
}
