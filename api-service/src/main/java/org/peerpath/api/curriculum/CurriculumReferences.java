package org.peerpath.api.curriculum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * Checks the curriculum references a record names ({@code technique:grounding}) against content-service. An unknown
 * reference is the client's mistake (422). When content-service cannot be asked, the write goes on: the references
 * are recorded as unverified and {@link ReferenceReverifier} checks them again later, so no work is lost while the
 * curriculum is down. Answers are cached; a failure is not.
 */
@ApplicationScoped
public class CurriculumReferences {

    private static final Logger LOG = Logger.getLogger(CurriculumReferences.class);

    @Inject
    ReferenceLookup lookup;

    @Inject
    @CacheName("curriculum-references")
    Cache cache;

    @Inject
    UnverifiedReferenceRepository unverified;

    /**
     * Checks {@code refs} for a record about to be written, within its transaction.
     *
     * @param field     the request field the references came from, named in a 422
     * @param ownerType the kind of record that holds them (e.g. SESSION, GOAL)
     * @param ownerId   that record's id
     * @return the references content-service could not be asked about, now recorded for a later check
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> check(String organization, String field, List<String> refs, String ownerType, UUID ownerId) {
        Map<String, Verification> results = verify(refs);
        List<FieldError> unknown = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int index = 0;
        for (String ref : refs) {
            Verification verification = results.get(ref);
            if (verification == Verification.UNKNOWN) {
                unknown.add(new FieldError(field + "[" + index + "]", "names no curriculum entry"));
            } else if (verification == Verification.UNVERIFIED) {
                pending.add(ref);
            }
            index++;
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Some curriculum references name no published entry.", unknown);
        }
        unverified.replace(organization, ownerType, ownerId, pending, Instant.now());
        return pending;
    }

    /** What content-service says of each reference, UNVERIFIED for those it could not be asked about. */
    public Map<String, Verification> verify(List<String> refs) {
        Map<String, Verification> results = new LinkedHashMap<>();
        for (String ref : refs) {
            results.computeIfAbsent(ref, this::verifyOne);
        }
        return results;
    }

    private Verification verifyOne(String ref) {
        try {
            return cache.get(ref, lookup::lookup).await().indefinitely();
        } catch (RuntimeException unreachable) {
            LOG.debugf("content-service could not verify a reference: %s", unreachable.getClass().getSimpleName());
            return Verification.UNVERIFIED;
        }
    }
}
