package org.treatyarchive.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.treatyarchive.agreement.IndexRebuild;
import org.treatyarchive.persistence.config.ArchivePersistenceProvider;
import org.treatyarchive.persistence.config.ManagedBackgroundWork;
import org.treatyarchive.persistence.config.SchemaMigration;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With outbox-polling, Hibernate Search gives up on a change after three failed attempts (the search
 * cluster away for a minute with its default retry delay of 30 s) and marks its event aborted, after
 * which nothing would index that change again: the record would be missing from searches on every node.
 * As often as Hibernate Search retries, and once the cluster answers again, aborted events are put back
 * in the queue, so that an outage of any length loses nothing. Every node does this; putting an event
 * back twice is harmless (it is one row).
 */
@ApplicationScoped
public class AbortedIndexingRetry {

    private static final Logger LOG = Logger.getLogger(AbortedIndexingRetry.class.getName());
    private static final String RETRY_DELAY = "hibernate.search.coordination.event_processor.retry_delay";
    private static final long DEFAULT_RETRY_SECONDS = 30;

    @Inject
    IndexRebuild index;

    /** Called once at start; does nothing unless the nodes index through the outbox. */
    public void start() {
        if (!SchemaMigration.outboxPolling()) {
            return;
        }
        long seconds = Math.max(1, Long.getLong(RETRY_DELAY, DEFAULT_RETRY_SECONDS));
        ManagedBackgroundWork.scheduler("retrying search indexing").scheduleWithFixedDelay(this::round, seconds, seconds, TimeUnit.SECONDS);
    }

    private void round() {
        try {
            OutboxPollingSearchMapping outbox = Search.mapping(ArchivePersistenceProvider.entityManagerFactory())
                    .extension(OutboxPollingExtension.get());
            // Only once the cluster answers again: put back while it is away, they would only be given up again.
            if (outbox.countAbortedEvents() > 0 && index.indexed() >= 0) {
                int requeued = outbox.reprocessAbortedEvents();
                LOG.warning(() -> "Search indexing of " + requeued + " changes had been given up after the search service failed them;"
                        + " put back in the queue now that it answers.");
            }
        } catch (RuntimeException failed) {
            // The cluster (or the database) still away: tried again next round; an exception would cancel the schedule for good.
            LOG.log(Level.FINE, "Looking for aborted search indexing failed; trying again next round", failed);
        }
    }
}
