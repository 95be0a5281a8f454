package org.peerpath.api.servicetime;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * Nobody is in two billed services at once. A service about to be recorded first {@link #hold holds} its parties'
 * time: that locks each party until the transaction ends (so what the caller reads next, such as the units a peer
 * already has that day, cannot change under it) and refuses the time when a recorded service of any party overlaps
 * it. Once the service is stored, {@link #claim} writes the claims; the table's exclusion constraint is the
 * database's own guarantee.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ServiceTimeClaims {

    @Inject
    ServiceTimeRepository claims;

    /**
     * Locks the parties in one global order (their ids), so that two services sharing people never wait on each
     * other in a cycle, then refuses [start, end) with 409 naming the earliest recorded service in the way.
     */
    public void hold(String organization, List<Party> parties, Instant start, Instant end) {
        List<Party> ordered = parties.stream().distinct().sorted(Comparator.comparing(Party::id)).toList();
        ordered.forEach(claims::lock);
        claims.overlapping(organization, ordered.stream().map(Party::id).toList(), start, end).stream().findFirst()
                .ifPresent(inTheWay -> {
                    String who = inTheWay.partyKind == Party.Kind.PEER ? "peer" : "coach";
                    String what = "session " + inTheWay.sessionId;
                    throw new ProblemException(ProblemType.CONFLICT, "The " + who + " already has " + what + " from "
                            + inTheWay.startedAt + " to " + inTheWay.endedAt + ": a person is in one billed service "
                            + "at a time, so the same minutes are never billed twice.",
                            List.of(new FieldError("startedAt", "overlaps " + what + " of the same " + who)));
                });
    }

    /** Claims [start, end) for each party on behalf of the stored session; call after {@link #hold}. */
    public void claim(String organization, List<Party> parties, Instant start, Instant end, UUID sessionId) {
        for (Party party : parties.stream().distinct().toList()) {
            ServiceTimeClaim claim = new ServiceTimeClaim();
            claim.id = UUID.randomUUID();
            claim.organizationId = organization;
            claim.partyKind = party.kind();
            claim.partyId = party.id();
            claim.startedAt = start;
            claim.endedAt = end;
            claim.sessionId = sessionId;
            claims.persist(claim);
        }
    }
}
