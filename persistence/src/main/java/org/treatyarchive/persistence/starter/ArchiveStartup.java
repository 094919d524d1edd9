package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * What the archive does once it is deployed. The schema is already migrated by then (see
 * {@code ArchivePersistenceProvider}); what remains is to fill a new database with the starter
 * collection. A failure here fails the deployment: an archive that started half-filled would look
 * fine and be wrong.
 */
@ApplicationScoped
public class ArchiveStartup {

    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class.getName());

    /** In an EAR the initialisation event may reach this bean once per module; run once. */
    private final AtomicBoolean started = new AtomicBoolean();

    @Inject
    private StarterCollectionLoader starterCollection;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        if (!starterCollection.loadIfAbsent()) {
            LOG.info("Starter collection already present; nothing loaded.");
        }
    }
}
