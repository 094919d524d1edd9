package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.treatyarchive.agreement.SearchIndexing;
import org.treatyarchive.persistence.config.SecuritySettings;
import org.treatyarchive.persistence.document.DocumentReadingSchedule;
import org.treatyarchive.persistence.document.FixitySchedule;
import org.treatyarchive.persistence.importing.ImportSchedule;
import org.treatyarchive.persistence.search.AbortedIndexingRetry;
import org.treatyarchive.user.AccountService;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * What the archive does once it is deployed. The schema is already migrated by then (see
 * {@code ArchivePersistenceProvider}); what remains is to create the first administrator and fill a
 * new database with the starter collection. A failure here fails the deployment: an archive that
 * started half-filled would look fine and be wrong.
 */
@ApplicationScoped
public class ArchiveStartup {

    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class.getName());

    /** Ten waits of MariaDB's 50 s for a node preparing the archive: a slow machine loading the collection beside a second node. */
    private static final int LOCK_ATTEMPTS = 10;

    /** In an EAR the initialisation event may reach this bean once per module; run once. */
    private final AtomicBoolean started = new AtomicBoolean();

    @Inject
    private StarterCollectionLoader starterCollection;

    @Inject
    private AccountService accounts;

    @Inject
    private SecuritySettings settings;

    @Inject
    private SearchIndexing searchIndex;

    @Inject
    private FixitySchedule fixity;

    @Inject
    private DocumentReadingSchedule documentText;

    @Inject
    private ImportSchedule imports;

    @Inject
    private AbortedIndexingRetry abortedIndexing;

    @Inject
    private StartupLock lock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        prepareOnce();
        searchIndex.rebuildIfOutOfStep();
        fixity.start();
        documentText.start();
        imports.start();
        abortedIndexing.start();
    }

    /** The first administrator and the starter collection, once, whichever node of several starts first. */
    private void prepareOnce() {
        for (int attempt = 1; ; attempt++) {
            try {
                lock.whileHolding(this::prepare);
                return;
            } catch (RuntimeException failure) {
                if (!waitedTooLong(failure) || attempt == LOCK_ATTEMPTS) {
                    throw failure;
                }
                LOG.info("Another node is preparing the archive (first administrator, starter collection); waiting for it.");
            }
        }
    }

    private void prepare() {
        accounts.ensureFirstAdministrator(settings.firstAdministratorPassword().orElse(null)).ifPresent(password ->
                // Printed once, on purpose: the operator has no other way to learn it. Never stored in clear.
                LOG.warning("Created the first administrator '" + AccountService.FIRST_ADMINISTRATOR + "' with the generated password "
                        + password + " . Sign in and change it; it is not shown again. Set ARCHIVE_ADMIN_PASSWORD to choose it instead."));
        if (!settings.starterCollection()) {
            if (starterCollection.skipIfAbsent()) {
                LOG.info("ARCHIVE_STARTER_COLLECTION=false: the archive starts empty, ready for a restore or a register import.");
            }
        } else if (!starterCollection.loadIfAbsent()) {
            LOG.info("Starter collection already present; nothing loaded.");
        }
    }

    private static boolean waitedTooLong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }
}
