package org.treatyarchive.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * The archive's newest saved change: its revision number moves with every committed change of an
 * audited record (agreements with their parties, articles, relations and documents; parties; events;
 * subjects), on every node alike because it is the database's. What readers see is built from those
 * records, so an answer built at one revision is the same answer until the next.
 *
 * <p>With one exception, which {@link #trustedUntil} bounds: revision numbers are handed out in order
 * but committed in any order, so a transaction that took a lower number may commit after a higher one
 * was read, changing the archive without moving its newest revision. Envers writes the revision as the
 * transaction completes, so such a transaction is in its last statements, which finish or fail within
 * the database's lock wait (InnoDB's 50 s, H2's 2 s), and its change reaches the search index moments
 * after. Once the newest change is {@link #SETTLING} old, nothing numbered below it can still appear.
 */
public record ArchiveChange(long revision, Instant at) {

    /** How long after the newest change a transaction numbered below it may still commit, with its index work. */
    public static final Duration SETTLING = Duration.ofMinutes(1);

    /**
     * How long an answer made once the archive had settled is kept without asking the database anything
     * but its newest revision: a guard against what the reasoning above leaves out (a node's clock far off).
     */
    public static final Duration SETTLED_TRUST = Duration.ofMinutes(15);

    /**
     * Until when an answer made at {@code madeAt} from the archive as of this change may be given again
     * while the newest revision stays this one: made after the change settled, {@link #SETTLED_TRUST};
     * made before, only until it settles, when a late commit may have changed what it shows.
     */
    public Instant trustedUntil(Instant madeAt) {
        Instant settles = at.plus(SETTLING);
        return madeAt.isBefore(settles) ? settles : madeAt.plus(SETTLED_TRUST);
    }
}
