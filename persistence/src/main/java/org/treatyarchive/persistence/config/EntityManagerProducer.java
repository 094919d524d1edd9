package org.treatyarchive.persistence.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;

/**
 * Makes the archive's entity manager injectable with {@code @Inject}: one per JTA transaction,
 * joined to it, closed when it ends, which is what a container-managed persistence context is.
 * <p>
 * Payara does not reliably inject {@code @PersistenceContext} into CDI beans inside library jars
 * (GlassFish issue 19317; this jar is one, in the WAR and in the EAR), and a JNDI reference
 * declared in the web module is not bound yet when the archive starts. Taking the factory from the
 * provider that created it works the same in both packagings. Repositories are used only inside
 * transactions, which the application services open.
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @TransactionScoped
    EntityManager entityManager() {
        return ArchivePersistenceProvider.entityManagerFactory().createEntityManager(SynchronizationType.SYNCHRONIZED);
    }

    void close(@Disposes EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
