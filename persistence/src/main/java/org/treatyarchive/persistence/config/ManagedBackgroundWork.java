package org.treatyarchive.persistence.config;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import org.treatyarchive.shared.BackgroundWork;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Background work on the container's default managed executor. */
@ApplicationScoped
public class ManagedBackgroundWork implements BackgroundWork {

    @Override
    public void submit(Runnable task) {
        executor().submit(task);
    }

    /**
     * Looked up when needed: Payara 6 fails the deployment on {@code @Resource} fields of CDI beans
     * in a library jar (the lookup is made under the wrong name).
     */
    private static ManagedExecutorService executor() {
        try {
            return (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException missing) {
            throw new IllegalStateException("The container offers no managed executor to run work in the background", missing);
        }
    }

    /**
     * The container's scheduled executor, for the archive's recurring work, looked up for the same reason.
     *
     * @param purpose what it is for, named in the failure ("the fixity audit")
     */
    public static ManagedScheduledExecutorService scheduler(String purpose) {
        try {
            return (ManagedScheduledExecutorService) new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException missing) {
            throw new IllegalStateException("The container offers no scheduled executor for " + purpose, missing);
        }
    }
}
