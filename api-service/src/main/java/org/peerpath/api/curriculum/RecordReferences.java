package org.peerpath.api.curriculum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * The topics and techniques a record (a session, a goal) names, as slugs ({@code oars}) or full references
 * ({@code technique:oars}), checked with {@link CurriculumReferences} in the record's write transaction. A slug in a
 * {@code topics} field is the reference {@code topic:<slug>}, in a {@code techniques} field
 * {@code technique:<slug>}. The unverified ones are kept per field (owner types {@code <TYPE>_TOPICS} and
 * {@code <TYPE>_TECHNIQUES}) and answered as full references.
 */
@ApplicationScoped
public class RecordReferences {

    @Inject
    CurriculumReferences references;

    @Inject
    UnverifiedReferenceRepository unverified;

    /**
     * Checks a record's topics and techniques: an unknown one is a 422 naming its field ({@code topics[0]},
     * {@code techniques[1]}).
     *
     * @param ownerType the record's type, e.g. SESSION or GOAL
     * @return the references content-service could not be asked about, recorded for a later check
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> check(String organization, String ownerType, UUID ownerId, List<String> topics,
            List<String> techniques) {
        List<String> pending = new ArrayList<>();
        pending.addAll(checkField(organization, ownerType, ownerId, "topics", "topic", topics));
        pending.addAll(checkField(organization, ownerType, ownerId, "techniques", "technique", techniques));
        return pending;
    }

    /** The record's references still waiting for content-service. */
    public List<String> unverifiedOf(String organization, String ownerType, UUID ownerId) {
        List<String> result = new ArrayList<>(unverified.refsOf(organization, ownerType + "_TOPICS", ownerId));
        result.addAll(unverified.refsOf(organization, ownerType + "_TECHNIQUES", ownerId));
        return result;
    }

    /** As {@link #unverifiedOf(String, String, UUID)} for several records at once. */
    public Map<UUID, List<String>> unverifiedOf(String organization, String ownerType, Collection<UUID> ownerIds) {
        Map<UUID, List<String>> result = unverified.refsOf(organization, ownerType + "_TOPICS", ownerIds);
        unverified.refsOf(organization, ownerType + "_TECHNIQUES", ownerIds)
                .forEach((id, refs) -> result.computeIfAbsent(id, key -> new ArrayList<>()).addAll(refs));
        return result;
    }

    /** The full reference for a slug of a field of this kind ({@code oars} in techniques: technique:oars). */
    public static String ref(String kind, String slug) {
        return slug.indexOf(':') >= 0 ? slug : kind + ":" + slug;
    }

    private List<String> checkField(String organization, String ownerType, UUID ownerId, String field, String kind,
            List<String> slugs) {
        List<String> refs = slugs == null ? List.of() : slugs.stream().map(slug -> ref(kind, slug)).toList();
        List<FieldError> wrongKind = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!refs.get(i).startsWith(kind + ":")) {
                wrongKind.add(new FieldError(field + "[" + i + "]", "is not a " + kind));
            }
        }
        if (!wrongKind.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Some curriculum references are of another kind.",
                    wrongKind);
        }
        String owner = ownerType + "_" + field.toUpperCase();
        if (refs.isEmpty()) {
            unverified.replace(organization, owner, ownerId, List.of(), java.time.Instant.now());
            return List.of();
        }
        return references.check(organization, field, refs, owner, ownerId).stream().distinct().toList();
    }
}
