package org.treatyarchive.persistence.importing;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.importing.ImportWork;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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
        executor().scheduleWithFixedDelay(this::round, ROUND_SECONDS, ROUND_SECONDS, TimeUnit.SECONDS);
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

    /** Looked up, as the other schedules': Payara 6 fails {@code @Resource} on CDI beans in a library jar. */
    private static ManagedScheduledExecutorService executor() {
        try {
            return (ManagedScheduledExecutorService) new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException missing) {
            throw new IllegalStateException("The container offers no scheduled executor for imports", missing);
        }
    }
}
