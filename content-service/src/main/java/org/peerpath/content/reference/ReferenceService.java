package org.peerpath.content.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.content.catalog.CurriculumCache;
import org.peerpath.content.catalog.EntryRepository;
import org.peerpath.content.catalog.Links;
import org.peerpath.model.curriculum.CurriculumRef;

import io.quarkus.cache.CacheResult;

/** Resolves the references other services store ({@code technique:oars}) to published entries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    @Inject
    EntryRepository entries;

    @CacheResult(cacheName = CurriculumCache.NAME)
    public ReferenceResponse resolve(String ref, String locale, long version) {
        CurriculumRef parsed;
        try {
            parsed = CurriculumRef.parse(ref);
        } catch (IllegalArgumentException notARef) {
            throw ProblemException.invalidField("ref", "must be a reference such as technique:grounding");
        }
        return entries.findPublished(parsed.kind(), parsed.key(), locale)
                .map(entry -> new ReferenceResponse(parsed.toString(), entry.kind, entry.title, Links.of(entry)))
                .orElseThrow(() -> new NotFoundProblem("curriculum entry", ref));
    }
}
