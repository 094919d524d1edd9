package org.treatyarchive.persistence.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.importing.ImportWork;
import org.treatyarchive.persistence.config.ManagedBackgroundWork;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for imports that wait every two seconds and reads them one after the other, on one thread of
 * the container's scheduled executor; a run left half-read by a stopped node is taken up here too.
 */
@ApplicationScoped
public class ImportSchedule {

    private static final Logger LOG = Logger.getLogger(ImportSchedule.class.getName());
    static final long ROUND_SECONDS = 2;

    @Inject
    ImportWork work;

    /** Called once at start. */
    public void start() {
        work.tidy();
        ManagedBackgroundWork.scheduler("imports").scheduleWithFixedDelay(this::round, ROUND_SECONDS, ROUND_SECONDS, TimeUnit.SECONDS);
    }

    private void round() {
        try {
            while (work.runNext()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (RuntimeException failed) {
            // Logged and tried again next round; an exception would cancel the schedule for good.
            LOG.log(Level.WARNING, "Reading an import failed; trying again in " + ROUND_SECONDS + " s", failed);
        }
    }
}
