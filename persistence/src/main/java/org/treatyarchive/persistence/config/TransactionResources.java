package org.treatyarchive.persistence.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What lives exactly as long as the current JTA transaction (its entity manager, the party codes it
 * has looked up), kept in the transaction's own registry and closed when the transaction ends.
 * <p>
 * This is what {@code @TransactionScoped} does, without its price: Payara's implementation of that
 * scope opens a JNDI context and looks the registry up on every call of every method of a
 * transaction-scoped bean, a tenth of an import's time and a share of every page's. The registry is
 * one object for the server; it is looked up once here.
 */
@ApplicationScoped
public class TransactionResources {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private volatile TransactionSynchronizationRegistry registry;

    /**
     * The current transaction's instance under {@code key}, made on first use.
     *
     * @param close what is done with it once the transaction has ended, committed or not
     * @throws ContextNotActiveException outside a transaction, as the scope it replaces did
     */
    public <T> T get(Object key, Supplier<T> create, Consumer<T> close) {
        TransactionSynchronizationRegistry transaction = registry();
        int status = transaction.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            throw new ContextNotActiveException("No transaction is active: the archive's repositories are used only inside the "
                    + "transactions its services open.");
        }
        @SuppressWarnings("unchecked")
        T held = (T) transaction.getResource(key);
        if (held != null) {
            return held;
        }
        T made = create.get();
        transaction.putResource(key, made);
        // Registered after the instance is made, so that what it registered itself (an entity manager joins the
        // transaction) completes first, as with the scope this replaces.
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int outcome) {
                close.accept(made);
            }
        });
        return made;
    }

    private TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            } catch (NamingException missing) {
                throw new IllegalStateException("The server offers no transaction registry at " + REGISTRY, missing);
            }
            registry = known;
        }
        return known;
    }
}
