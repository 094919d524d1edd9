package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.treatyarchive.persistence.config.ArchiveSetting;

/**
 * One starting node at a time prepares a new archive. Nodes started together on an empty database
 * would each find no administrator and no starter collection and each create them: the second
 * insert fails on the unique name and that node's deployment with it (found by {@code ClusterIT}).
 * Holding a lock on one row of the database (created by migration V13) for the whole of that work
 * makes the others wait, and then find it done.
 */
@ApplicationScoped
public class StartupLock {

    static final String ROW = "startup.lock";

    @Inject
    private EntityManager em;

    /** Runs the work in one transaction, holding the row's lock until it commits. */
    @Transactional
    public void whileHolding(Runnable work) {
        // Waits here while another node holds it; MariaDB gives up after innodb_lock_wait_timeout (50 s), and the caller tries again.
        if (em.find(ArchiveSetting.class, ROW, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("The row '" + ROW + "' of archive_setting is missing; migration V13 creates it.");
        }
        work.run();
    }
}
