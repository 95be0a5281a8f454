package org.peerpath.api.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.problem.FieldError;

/**
 * The sections of a note. Each format uses its own fixed subset: DAP data, assessment, plan; GIRP goal,
 * intervention, response, plan; BIRP behavior, intervention, response, plan; SOAP subjective, objective, assessment,
 * plan. Sections outside the note's format must be left out.
 */
@Schema(name = "NoteSections", description = "Sections of a session note; which ones depends on the format.")
public record NoteSections(
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "DAP: what happened, what was done",
                example = "Met at the library; used OARS to explore the week.") String data,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "DAP, SOAP: the person's response and progress",
                example = "Engaged, named two triggers.") String assessment,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "All formats: next steps",
                example = "Attend Tuesday's mutual-aid meeting; meet again Friday.") String plan,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "GIRP: the goal worked on",
                example = "Find stable housing") String goal,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "GIRP, BIRP: what the coach did",
                example = "Brainstormed options, shared housing resources.") String intervention,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "GIRP, BIRP: the person's response",
                example = "Chose two listings to call.") String response,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "BIRP: behaviour observed",
                example = "Arrived on time, calm.") String behavior,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "SOAP: what the person said",
                example = "Feels steadier this week.") String subjective,
        @Size(max = 10000) @Schema(maxLength = 10000, nullable = true, description = "SOAP: what the coach observed and did",
                example = "Practised box breathing together.") String objective) {

    public static final NoteSections EMPTY = new NoteSections(null, null, null, null, null, null, null, null, null);

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("data", data);
        map.put("assessment", assessment);
        map.put("plan", plan);
        map.put("goal", goal);
        map.put("intervention", intervention);
        map.put("response", response);
        map.put("behavior", behavior);
        map.put("subjective", subjective);
        map.put("objective", objective);
        return map;
    }

    /** Sections set that the format does not have. */
    public List<FieldError> outside(NoteFormat format, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        asMap().forEach((name, value) -> {
            if (value != null && !format.sections().contains(name)) {
                errors.add(new FieldError(prefix + name, "is not a section of a " + format + " note"));
            }
        });
        return errors;
    }

    /** Sections of the format that are still empty. */
    public List<String> missing(NoteFormat format) {
        Map<String, String> map = asMap();
        return format.sections().stream().filter(name -> map.get(name) == null || map.get(name).isBlank()).toList();
    }
}
