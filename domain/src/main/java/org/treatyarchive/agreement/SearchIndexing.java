package org.treatyarchive.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.shared.BackgroundWork;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilding the search index from the database: by an administrator from the UI, and at start when
 * the index is missing or out of step. One rebuild at a time per application; its progress is
 * readable while it runs. A rebuild runs on the container's managed executor, so the request that
 * started it returns at once and the page polls the progress.
 */
@ApplicationScoped
@Secured
public class SearchIndexing {

    /** Up to this many agreements, a missing index is rebuilt before the archive answers. */
    public static final long REBUILD_AT_START_MAX = 20_000;

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);
    private final Clock clock = Clock.systemUTC();

    @Inject
    IndexRebuild rebuild;

    @Inject
    Viewer viewer;

    @Inject
    BackgroundWork background;

    /**
     * Starts a rebuild unless one is running; answers the progress either way.
     */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Progress start() {
        return startAs(viewer.username(), rebuild.stored(), true, true);
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Progress progress() {
        return progress.get();
    }

    /**
     * Whether a rebuild runs now: open to anyone because the readiness check, which load balancers
     * call without signing in, says it; it tells nothing about any record.
     */
    @PermitAll
    public boolean rebuilding() {
        return progress.get().running();
    }

    /**
     * At start: a small archive whose index holds another number of agreements than the database is
     * rebuilt at once; a large one in the background, the archive answering meanwhile (searches and
     * the list find what is indexed so far; record pages read the database and are whole).
     */
    @PermitAll
    public void rebuildIfOutOfStep() {
        long stored = rebuild.stored();
        long indexed = rebuild.indexed();
        if (stored == indexed || indexed > 0 && Math.abs(stored - indexed) * 10 < stored) {
            reconcileAtStart(stored);
        } else {
            LOG.info(() -> "The search index holds " + indexed + " agreements, the database " + stored + ": rebuilding it.");
            // Not the pages here: the check below brings them in step in the background.
            startAs("archive start", stored, stored > REBUILD_AT_START_MAX, false);
        }
        // Always in the background: the pages only serve search inside documents, and there may be millions.
        background.submit(() -> {
            try {
                long repaired = rebuild.reconcilePages();
                if (repaired > 0) {
                    LOG.info(() -> "The index of the documents' pages was out of step with the database by " + repaired + " pages: rebuilt it.");
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not compare the documents' pages with the search index; rebuild it from the administration", failed);
            }
        });
    }

    /**
     * Compares every record's indexed version with its row: counts alone miss a change whose index
     * work was lost (a crash after the commit), which would leave search, counts and even the access
     * rules applied by the index answering from the old record.
     */
    private void reconcileAtStart(long stored) {
        Runnable check = () -> {
            try {
                int repaired = rebuild.reconcile();
                if (repaired > 0) {
                    LOG.info(() -> "The search index was out of step with the database for " + repaired + " agreements: indexed them again.");
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not compare the search index with the database; rebuild it from the administration", failed);
            }
        };
        if (stored > REBUILD_AT_START_MAX) {
            background.submit(check);
        } else {
            check.run();
        }
    }

    /** @param withPages whether the documents' pages are rebuilt too, after the agreements, before the run counts as finished */
    private Progress startAs(String user, long stored, boolean inBackground, boolean withPages) {
        Progress started = Progress.started(user, stored, clock.instant());
        Progress before = progress.get();
        if (before.running() || !progress.compareAndSet(before, started)) {
            return progress.get();
        }
        if (inBackground) {
            background.submit(() -> run(withPages));
        } else {
            run(withPages);
        }
        return progress.get();
    }

    private void run(boolean withPages) {
        try {
            rebuild.rebuild(done -> progress.updateAndGet(current -> current.at(done)));
            if (withPages) {
                rebuild.rebuildPages();
            }
            Progress finished = progress.updateAndGet(current -> current.finished(clock.instant(), null));
            LOG.info(() -> "Rebuilt the search index: " + finished.done() + " agreements in "
                    + (finished.finished().toEpochMilli() - finished.started().toEpochMilli()) + " ms.");
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
            progress.updateAndGet(current -> current.finished(clock.instant(), String.valueOf(failure.getMessage())));
        }
    }

    /**
     * Where the last rebuild stands.
     *
     * @param total    agreements in the database when it started
     * @param finished {@code null} while it runs
     * @param failure  why it stopped, or {@code null}
     */
    public record Progress(String startedBy, Instant started, long total, long done, Instant finished, String failure) {

        static final Progress NEVER = new Progress(null, null, 0, 0, null, null);

        static Progress started(String user, long total, Instant now) {
            return new Progress(user, now, total, 0, null, null);
        }

        public boolean running() {
            return started != null && finished == null;
        }

        public boolean everRun() {
            return started != null;
        }

        public boolean failed() {
            return failure != null;
        }

        /** 0 to 100; the total may have grown while it ran, so never beyond 100. */
        public int percent() {
            if (finished != null && failure == null) {
                return 100;
            }
            return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }

        Progress at(long count) {
            return new Progress(startedBy, started, total, count, finished, failure);
        }

        Progress finished(Instant when, String why) {
            return new Progress(startedBy, started, total, done, when, why);
        }
    }
}
