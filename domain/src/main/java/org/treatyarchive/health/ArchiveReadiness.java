package org.treatyarchive.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.agreement.IndexRebuild;
import org.treatyarchive.agreement.SearchIndexing;
import org.treatyarchive.document.DocumentStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at the parts a request needs and answers one {@link NodeHealth}. A look is kept for two
 * seconds, so that the three checks of one readiness request, and a load balancer polling every
 * node every second, cost the database one count, not one per check per poll. No role check: the
 * answer holds no record and load balancers call it without signing in.
 */
@ApplicationScoped
public class ArchiveReadiness {

    private static final Logger LOG = Logger.getLogger(ArchiveReadiness.class.getName());
    private static final Duration KEPT = Duration.ofSeconds(2);

    @Inject
    IndexRebuild index;

    @Inject
    SearchIndexing indexing;

    @Inject
    DocumentStore documents;

    private final AtomicReference<NodeHealth> last = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();

    /**
     * @param limits when the index is too far behind and the disk too full to count as ready
     */
    public NodeHealth look(NodeHealth.Limits limits) {
        Instant now = clock.instant();
        NodeHealth kept = last.get();
        if (kept != null && kept.limits().equals(limits) && kept.at().plus(KEPT).isAfter(now)) {
            return kept;
        }
        NodeHealth fresh = lookNow(limits, now);
        last.set(fresh);
        return fresh;
    }

    private NodeHealth lookNow(NodeHealth.Limits limits, Instant now) {
        Long stored = null;
        String databaseProblem = null;
        try {
            stored = index.stored();
        } catch (RuntimeException unreachable) {
            databaseProblem = "the database does not answer";
            LOG.log(Level.FINE, "Readiness: the database does not answer", unreachable);
        }
        Long indexed = null;
        String indexProblem = null;
        try {
            indexed = index.indexed();
        } catch (RuntimeException unreadable) {
            indexProblem = "the search index cannot be read";
            LOG.log(Level.WARNING, "Readiness: the search index cannot be read", unreadable);
        }
        DocumentStore.Space space = documents.space();
        return new NodeHealth(now, limits, databaseProblem, indexProblem, stored, indexed, indexing.rebuilding(), space);
    }
}
