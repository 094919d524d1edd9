package org.treatyarchive.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.Measurements;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityLog;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The security log in the database, and in the server log for operators who watch that. Each event
 * is written in a transaction of its own, so that a refused or failed operation, which rolls back,
 * still leaves its trace.
 */
@ApplicationScoped
public class JpaSecurityLog implements SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.treatyarchive.security");

    @Inject
    private EntityManager em;

    @Inject
    private Measurements measurements;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        em.persist(event);
        // Counted on this node for the operators' metrics: failed sign-ins and lockouts are what they alert on.
        measurements.count("archive_security_events", Map.of("type", event.getType().name()));
        LOG.info(() -> event.getType() + " actor=" + event.getActor() + " target=" + event.getTarget()
                + (event.getDetail() == null ? "" : " " + event.getDetail()));
    }

    @Override
    @Transactional
    public List<SecurityEvent> latest(int firstRow, int size) {
        return em.createQuery("select e from SecurityEvent e order by e.occurredAt desc, e.id desc", SecurityEvent.class)
                .setFirstResult(firstRow)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    @Transactional
    public long count() {
        return em.createQuery("select count(e) from SecurityEvent e", Long.class).getSingleResult();
    }
}
