package org.treatyarchive.persistence.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Creates a year's reference counter row before anyone locks it. Two creations of the first
 * agreement of a year that both found no row and both inserted one in their own transaction
 * deadlocked on MariaDB (gap locks) and broke the primary key on H2; inserting the row in a
 * transaction of its own, where a twin insert that loses simply fails and is ignored, leaves every
 * creation one existing row to lock and count on.
 */
@ApplicationScoped
public class ReferenceCounterRows {

    @Inject
    private EntityManager em;

    /**
     * Inserts the row in a transaction of its own unless it exists. Creations on this node take
     * turns here, so only nodes racing each other can still collide (and fail, to be ignored);
     * that keeps the log free of primary-key errors on the common single node.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfAbsent(int year) {
        if (em.find(ReferenceCounter.class, year) == null) {
            em.persist(new ReferenceCounter(year));
            em.flush();
        }
    }
}
