package org.treatyarchive.persistence.history;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import org.hibernate.Session;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.treatyarchive.persistence.config.ArchivePersistenceProvider;

import java.io.Serializable;

/**
 * The transaction's Envers reader, on a session of its own. Envers needs the Hibernate session, and
 * the injectable entity manager cannot give it: its CDI client proxy hands back itself for
 * {@code unwrap} and {@code getDelegate} (Weld replaces a returned {@code this} by the proxy). The
 * session stays open to the end of the transaction, so that old revisions load lazily meanwhile.
 */
@TransactionScoped
public class TransactionAuditReader implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient EntityManager entityManager;
    private transient AuditReader reader;

    public AuditReader get() {
        if (reader == null) {
            entityManager = ArchivePersistenceProvider.entityManagerFactory().createEntityManager(SynchronizationType.SYNCHRONIZED);
            reader = AuditReaderFactory.get(entityManager.unwrap(Session.class));
        }
        return reader;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
