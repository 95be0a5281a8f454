package org.peerpath.api.goal;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.FhirMapper;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SourceQuery;

/**
 * A recovery goal as a FHIR Goal: expressed by the person, the SMART fields as description and target. Covered by
 * a consent's GOALS scope.
 */
@ApplicationScoped
public class GoalType extends DeclaredType<Goal> {

    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    static final SourceQuery QUERY = SourceQuery.of("goal", "g");

    public GoalType() {
        super("Goal", "Recovery goals the person set (SMART: description, target due date and measure)",
                ConsentScope.GOALS, Goal.class, QUERY, AuditResourceType.GOAL,
                g -> g.peerId, g -> g.id, g -> g.createdAt);
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-goal");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person whose goal it is", false),
                SearchParam.lastUpdated(QUERY));
    }

    @Override
    public List<org.hl7.fhir.r4.model.Goal> toFhir(List<Goal> rows) {
        return rows.stream().map(GoalType::goal).toList();
    }

    /** A recovery goal the person set: expressed by them, SMART fields as description and target. */
    static org.hl7.fhir.r4.model.Goal goal(Goal source) {
        org.hl7.fhir.r4.model.Goal goal = new org.hl7.fhir.r4.model.Goal();
        goal.setId(source.id.toString());
        goal.setMeta(FhirMapper.meta(source.updatedAt, Long.toString(source.version)));
        goal.addIdentifier().setSystem("https://peerpath.dev/fhir/sid/goal").setValue(source.id.toString());
        org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus lifecycle = switch (source.status) {
            case PROPOSED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE;
            case ON_HOLD -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ONHOLD;
            case ACHIEVED, NOT_ACHIEVED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.COMPLETED;
            case CANCELLED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED;
        };
        goal.setLifecycleStatus(lifecycle);
        String achievement = switch (source.status) {
            case ACTIVE -> "in-progress";
            case ON_HOLD -> "no-progress";
            case ACHIEVED -> "achieved";
            case NOT_ACHIEVED -> "not-achieved";
            default -> null;
        };
        if (achievement != null) {
            goal.setAchievementStatus(new CodeableConcept(new Coding(GOAL_ACHIEVEMENT, achievement,
                    achievementDisplay(achievement))));
        }
        goal.addCategory().setText(source.domain.name().charAt(0)
                + source.domain.name().substring(1).toLowerCase().replace('_', ' '));
        goal.setDescription(new CodeableConcept().setText(source.statement));
        goal.setSubject(new Reference("Patient/" + source.peerId));
        goal.setExpressedBy(new Reference("Patient/" + source.peerId));
        goal.setStart(new DateType(source.createdAt.atZone(ZoneOffset.UTC).toLocalDate().toString()));
        if (source.targetDate != null) {
            org.hl7.fhir.r4.model.Goal.GoalTargetComponent target = goal.addTarget()
                    .setDue(new DateType(source.targetDate.toString()));
            if (source.measure != null && !source.measure.isBlank()) {
                target.setMeasure(new CodeableConcept().setText(source.measure));
                target.setDetail(new org.hl7.fhir.r4.model.StringType(source.measure));
            }
        }
        if (source.achievable != null && !source.achievable.isBlank()) {
            goal.addNote().setText("Achievable: " + source.achievable);
        }
        if (source.relevant != null && !source.relevant.isBlank()) {
            goal.addNote().setText("Relevant: " + source.relevant);
        }
        if (source.progress > 0) {
            goal.addNote().setText("Progress: " + source.progress + "%");
        }
        return goal;
    }

    private static String achievementDisplay(String code) {
        return switch (code) {
            case "in-progress" -> "In Progress";
            case "no-progress" -> "No Progress";
            case "achieved" -> "Achieved";
            default -> "Not Achieved";
        };
    }
}
