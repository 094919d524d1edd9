package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
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
        searchIndex.rebuildIfOutOfStep();
        fixity.start();
        documentText.start();
        imports.start();
        abortedIndexing.start();
    }
}
