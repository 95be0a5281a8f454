package org.peerpath.content.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.curriculum.EntryKind;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/** Which content fields each kind of entry needs, and which it may not have. */
final class ContentRules {

    static final Set<EntryKind> AUTHORED_KINDS = Set.of(EntryKind.TOPIC, EntryKind.SECTION, EntryKind.STRATEGY,
            EntryKind.EXERCISE, EntryKind.RESOURCE, EntryKind.PRACTICE, EntryKind.TECHNIQUE);

    private static final Map<String, Function<EntryContent, Object>> FIELDS = Map.ofEntries(
            Map.entry("summary", EntryContent::summary),
            Map.entry("intro", EntryContent::intro),
            Map.entry("closing", EntryContent::closing),
            Map.entry("body", EntryContent::body),
            Map.entry("points", EntryContent::points),
            Map.entry("scenario", EntryContent::scenario),
            Map.entry("instructions", EntryContent::instructions),
            Map.entry("goal", EntryContent::goal),
            Map.entry("debrief", EntryContent::debrief),
            Map.entry("sectionKind", EntryContent::sectionKind),
            Map.entry("category", EntryContent::category),
            Map.entry("resourceKind", EntryContent::resourceKind),
            Map.entry("description", EntryContent::description),
            Map.entry("url", EntryContent::url),
            Map.entry("techniques", EntryContent::techniques),
            Map.entry("stages", EntryContent::stages),
            Map.entry("topics", EntryContent::topics));

    private static final Map<EntryKind, Set<String>> REQUIRED = Map.of(
            EntryKind.TOPIC, Set.of("summary"),
            EntryKind.SECTION, Set.of("sectionKind"),
            EntryKind.EXERCISE, Set.of("scenario", "instructions", "goal", "debrief"),
            EntryKind.RESOURCE, Set.of("category", "resourceKind"),
            EntryKind.TECHNIQUE, Set.of("description"));

    private static final Map<EntryKind, Set<String>> ALLOWED = Map.of(
            EntryKind.TOPIC, Set.of("summary", "intro", "closing", "techniques"),
            EntryKind.SECTION, Set.of("sectionKind", "intro", "closing"),
            EntryKind.STRATEGY, Set.of("body", "points", "techniques"),
            EntryKind.PRACTICE, Set.of("body", "points", "techniques"),
            EntryKind.EXERCISE, Set.of("scenario", "instructions", "goal", "debrief", "techniques"),
            EntryKind.RESOURCE, Set.of("category", "resourceKind", "description", "url", "techniques"),
            EntryKind.TECHNIQUE, Set.of("description", "stages", "topics"));

    private ContentRules() {
    }

    /** Refuses content that lacks what its kind needs or carries fields of another kind, listing each field. */
    static void check(EntryKind kind, EntryContent content) {
        if (!AUTHORED_KINDS.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be one of " + AUTHORED_KINDS.stream().sorted().toList());
        }
        List<FieldError> errors = new ArrayList<>();
        REQUIRED.getOrDefault(kind, Set.of()).stream().sorted()
                .filter(field -> isEmpty(FIELDS.get(field).apply(content)))
                .forEach(field -> errors.add(new FieldError("content." + field, "is required for a " + kind)));
        FIELDS.keySet().stream().sorted()
                .filter(field -> !ALLOWED.get(kind).contains(field) && !isEmpty(FIELDS.get(field).apply(content)))
                .forEach(field -> errors.add(new FieldError("content." + field, "does not apply to a " + kind)));
        if ((kind == EntryKind.STRATEGY || kind == EntryKind.PRACTICE) && isEmpty(content.points())
                && isEmpty(content.body())) {
            errors.add(new FieldError("content.points", "a " + kind + " needs points or a body"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", errors);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }
}
