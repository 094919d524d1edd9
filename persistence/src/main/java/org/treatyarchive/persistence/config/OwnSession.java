package org.treatyarchive.persistence.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

/**
 * A Hibernate session of the transaction's own, for Envers and Hibernate Search, which need the
 * session itself. It joins the same JTA transaction and stays open to its end, so that what it
 * loads can be read lazily meanwhile; it is kept apart from the transaction's entity manager so that
 * what a search or a history loads never mixes with the records a service is changing.
 */
@ApplicationScoped
public class OwnSession {

    @Inject
    TransactionResources transaction;

    public Session get() {
        return transaction.get(OwnSession.class, EntityManagerProducer::open, EntityManagerProducer::close).unwrap(Session.class);
    }
}
