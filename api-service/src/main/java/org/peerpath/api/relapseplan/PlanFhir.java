package org.peerpath.api.relapseplan;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.fhir.SecurityLabels;

/**
 * A relapse-prevention plan as a FHIR R4 CarePlan: its current version, with the warning signs, situations, triggers
 * and reasons as notes, each coping strategy as an activity (coded with its curriculum technique), the review date as
 * the end of the plan's period, and whom to call as references to the network plan's members.
 */
public final class PlanFhir {

    public static final String CATEGORY_SYSTEM = "https://peerpath.dev/fhir/CodeSystem/care-plan-category";
    public static final String US_CORE_CAREPLAN_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
    public static final String CURRICULUM_SYSTEM = "https://peerpath.dev/fhir/CodeSystem/curriculum";
    public static final String NETWORK_MEMBER_SYSTEM = "https://peerpath.dev/fhir/sid/network-member";

    private PlanFhir() {
    }

    public static CarePlan carePlan(RelapsePlan plan, RelapsePlanVersion version) {
        PlanContent content = version.content;
        CarePlan carePlan = new CarePlan();
        carePlan.setId(plan.id.toString());
        carePlan.setMeta(SecurityLabels.label(new Meta().setVersionId(Integer.toString(version.number))
                .setLastUpdated(Date.from(version.writtenAt))));
        carePlan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        // US Core requires the AssessPlan category (an assessment and plan of treatment); ours says which plan.
        carePlan.addCategory(new CodeableConcept(new Coding(US_CORE_CAREPLAN_CATEGORY, "assess-plan",
                "Assessment and Plan of Treatment")));
        carePlan.addCategory(new CodeableConcept(new Coding(CATEGORY_SYSTEM, "relapse-prevention",
                "Relapse-prevention plan")).setText("Relapse-prevention plan"));
        carePlan.setTitle("Relapse-prevention plan");
        carePlan.setDescription("Version " + version.number + " of the person's relapse-prevention plan, written with "
                + "their peer recovery coach.");
        carePlan.setSubject(new Reference("Patient/" + plan.peerId));
        carePlan.setCreated(Date.from(plan.createdAt));
        carePlan.getPeriod().setStart(Date.from(plan.createdAt));
        if (version.reviewDate != null) {
            carePlan.getPeriod().setEnd(java.sql.Date.valueOf(version.reviewDate));
        }
        if (version.writtenByStaff != null) {
            carePlan.setAuthor(new Reference("Practitioner/" + version.writtenByStaff)
                    .setDisplay(version.writtenByName));
        }
        WarningSigns signs = content.warningSigns();
        note(carePlan, "Early warning signs, behavioural", signs.behavioural());
        note(carePlan, "Early warning signs, emotional", signs.emotional());
        note(carePlan, "Early warning signs, mental", signs.mental());
        note(carePlan, "Early warning signs, physical", signs.physical());
        note(carePlan, "High-risk situations", content.highRiskSituations());
        note(carePlan, "Triggers", content.triggers());
        note(carePlan, "Reasons for recovery, in the person's words", content.reasonsForRecovery());
        for (CopingStrategy strategy : content.copingStrategies()) {
            CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail()
                    .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(strategy.description());
            CodeableConcept code = new CodeableConcept().setText("Coping strategy");
            if (strategy.techniqueSlug() != null) {
                code.addCoding(new Coding(CURRICULUM_SYSTEM, strategy.techniqueSlug(), null));
            }
            detail.setCode(code);
        }
        int order = 1;
        for (CallEntry call : content.whomToCall()) {
            carePlan.addNote().setText("Whom to call, " + order++ + ": network plan member " + call.networkMemberId()
                    + (call.note() == null ? "" : " (" + call.note() + ")"));
        }
        for (PlanContact contact : content.professionalContacts()) {
            carePlan.addNote().setText("Professional contact: " + describe(contact));
        }
        for (PlanContact line : content.crisisLines()) {
            carePlan.addNote().setText("Crisis line: " + describe(line));
        }
        return carePlan;
    }

    private static void note(CarePlan carePlan, String heading, List<String> items) {
        if (!items.isEmpty()) {
            carePlan.addNote().setText(heading + ": " + String.join("; ", items));
        }
    }

    private static String describe(PlanContact contact) {
        StringBuilder text = new StringBuilder(contact.name());
        if (contact.role() != null) {
            text.append(", ").append(contact.role());
        }
        if (contact.phone() != null) {
            text.append(", call ").append(contact.phone());
        }
        if (contact.text() != null) {
            text.append(", text ").append(contact.text());
        }
        if (contact.availability() != null) {
            text.append(" (").append(contact.availability()).append(')');
        }
        return text.toString();
    }
}
