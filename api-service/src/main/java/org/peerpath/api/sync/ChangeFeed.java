package org.peerpath.api.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.changelog.ChangeLog;
import org.peerpath.api.changelog.ChangeRow;
import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.FeedPosition;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.staff.Actor;

/**
 * Which rows of the change log a client hears of, for the change feed and the webhooks alike: a consent's changes
 * when the consent names the client; any other change about a person while a consent covering notes names the
 * client and is in effect.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The changes about a consent itself (the client hears of them whatever the consent covers). */
    public static final Set<EhrChangeKind> CONSENT_KINDS = Set.of(EhrChangeKind.CONSENT_GRANTED,
            EhrChangeKind.CONSENT_REVOKED);

    @Inject
    ChangeLog changeLog;

    /** Rows of {@code kinds} after {@code after} that {@code client} hears of, in feed order, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeRow> read(Actor client, FeedPosition after, Collection<EhrChangeKind> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String condition = "ch.kind in (" + names(kinds) + ") and ((ch.kind in (" + names(CONSENT_KINDS) + ") and "
                + ConsentGate.namesClientCondition("ch.consent_id") + ") or (ch.kind not in ("
                + names(CONSENT_KINDS) + ") and " + ConsentGate.visibleCondition("ch.peer_id") + "))";
        return changeLog.read(client.organization(), after, condition,
                query -> ConsentGate.bind(query, client, ConsentScope.NOTES, Instant.now()), limit);
    }

    private static String names(Collection<EhrChangeKind> kinds) {
        // enum names only, never input: safe to inline
        return kinds.stream().sorted().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
    }
}
