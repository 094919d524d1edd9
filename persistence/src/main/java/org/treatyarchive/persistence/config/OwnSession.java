package org.treatyarchive.persistence.config;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import org.hibernate.Session;

import java.io.Serializable;

/**
 * A Hibernate session of the transaction's own, for Envers and Hibernate Search, which need the
 * session itself. The injectable entity manager cannot give it: its CDI client proxy hands back
 * itself for {@code unwrap} and {@code getDelegate} (Weld replaces a returned {@code this} by the
 * proxy), so {@code AuditReaderFactory.get(em)} recursed without end. This session joins the same
 * JTA transaction and stays open to its end, so that what it loads can be read lazily meanwhile.
 */
@TransactionScoped
public class OwnSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient EntityManager entityManager;

    public Session get() {
        if (entityManager == null) {
            entityManager = ArchivePersistenceProvider.entityManagerFactory().createEntityManager(SynchronizationType.SYNCHRONIZED);
        }
        return entityManager.unwrap(Session.class);
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
