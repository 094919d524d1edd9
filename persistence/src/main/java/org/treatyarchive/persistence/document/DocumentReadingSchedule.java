package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.document.DocumentReading;
import org.treatyarchive.persistence.config.ManagedBackgroundWork;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for documents whose text waits every few seconds and reads them one after the other, on one
 * thread of the container's scheduled executor: a save only registers the file, and the reading
 * follows within seconds. Each node reads; the register hands each file to one of them.
 */
@ApplicationScoped
public class DocumentReadingSchedule {

    private static final Logger LOG = Logger.getLogger(DocumentReadingSchedule.class.getName());
    static final long ROUND_SECONDS = 2;

    @Inject
    DocumentReading reading;

    /** Called once at start. */
    public void start() {
        reading.requeueForOcr();
        ManagedBackgroundWork.scheduler("reading document text").scheduleWithFixedDelay(this::round, ROUND_SECONDS, ROUND_SECONDS, TimeUnit.SECONDS);
    }

    private void round() {
        try {
            while (reading.readNext()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (RuntimeException failed) {
            // Logged and tried again next round; an exception would cancel the schedule for good.
            LOG.log(Level.WARNING, "Reading document text failed; trying again in " + ROUND_SECONDS + " s", failed);
        }
    }
}
