package org.treatyarchive.persistence.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.SynchronizationType;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Makes the archive's entity manager injectable with {@code @Inject}: one per JTA transaction,
 * joined to it, closed when it ends, which is what a container-managed persistence context is.
 * <p>
 * Payara does not reliably inject {@code @PersistenceContext} into CDI beans inside library jars
 * (GlassFish issue 19317; this jar is one, in the WAR and in the EAR), and a JNDI reference
 * declared in the web module is not bound yet when the archive starts. Taking the factory from the
 * provider that created it works the same in both packagings. Repositories are used only inside
 * transactions, which the application services open.
 * <p>
 * What is injected is one plain proxy that finds the transaction's entity manager in the
 * transaction's registry on each call ({@link TransactionResources}), rather than a
 * {@code @TransactionScoped} bean, whose every call cost a JNDI lookup. The proxy passes
 * {@code unwrap} through, so {@code unwrap(Session.class)} gives Hibernate's own session.
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Inject
    TransactionResources transaction;

    private volatile EntityManager shared;

    @Produces
    EntityManager entityManager() {
        EntityManager proxy = shared;
        if (proxy == null) {
            proxy = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                    new Current(transaction));
            shared = proxy;
        }
        return proxy;
    }

    private record Current(TransactionResources transaction) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "the current transaction's entity manager";
                case "close":
                    throw new IllegalStateException("The transaction's entity manager is closed when the transaction ends, not by its users.");
                default:
                    break;
            }
            EntityManager current = transaction.get(EntityManagerProducer.class, EntityManagerProducer::open, EntityManagerProducer::close);
            try {
                return method.invoke(current, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }

    /** A new entity manager, joined to the current transaction. */
    static EntityManager open() {
        return ArchivePersistenceProvider.entityManagerFactory().createEntityManager(SynchronizationType.SYNCHRONIZED);
    }

    static void close(EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
