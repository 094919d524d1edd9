package org.treatyarchive.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What archivists do to bring a register in: upload it for a dry run (or straight for importing),
 * follow its progress, read its report, and import a dry run's valid rows. A file that cannot be read
 * at all (empty, too large, not CSV, XLSX or JSON, not UTF-8, a header the archive does not know) is
 * refused here, at once, before any row is read; what is wrong in single rows the report tells.
 * Administrators may import too, and only they may publish an import at once, past review.
 */
@ApplicationScoped
@Secured
@Transactional
public class RegisterImport {

    /** How many runs the import page lists. */
    public static final int RECENT = 20;

    @Inject
    ImportRepository imports;

    @Inject
    RegisterFile files;

    @Inject
    Viewer viewer;

    @Inject
    SecurityLog securityLog;

    private final Clock clock = Clock.systemUTC();

    /**
     * Keeps the file and queues a run over it; the rows are read in the background within seconds.
     *
     * @param dryRun  report only, write nothing
     * @param publish publish the records at once instead of sending them to review: administrators only, logged
     * @throws ImportRefusedException when the file cannot be imported at all; nothing is kept
     * @throws AccessDeniedException  when someone who is not an administrator asks to publish
     */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public ImportRun start(String fileName, InputStream content, boolean dryRun, boolean publish) {
        checkPublish(publish && !dryRun, fileName);
        RegisterFile.Stored stored = files.keep(fileName, content);
        try {
            int rows = files.check(stored.key(), stored.format());
            if (rows == 0) {
                throw new ImportRefusedException(Phrase.of("import.noRows"));
            }
            ImportRun run = new ImportRun(viewer.username(), viewer.clearance(), fileName, stored, rows, dryRun, publish, null);
            imports.add(run);
            logPublish(run);
            return run;
        } catch (RuntimeException refused) {
            files.delete(stored.key());
            throw refused;
        }
    }

    /**
     * Imports what a finished dry run found valid, from the same file: every row is checked again,
     * since the archive may have changed in between.
     *
     * @throws WorkflowException when the dry run is not finished, failed, or was imported already
     */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public ImportRun confirm(long dryRunId, boolean publish) {
        ImportRun dryRun = find(dryRunId);
        if (!dryRun.isDryRun()) {
            throw new WorkflowException(Phrase.of("import.notDryRun", dryRun.described()));
        }
        if (!dryRun.getOwner().equals(viewer.username())) {
            throw new AccessDeniedException(Phrase.of("import.notYourDryRun", dryRun.getOwner()));
        }
        if (dryRun.getState() != ImportState.DONE) {
            throw new WorkflowException(dryRun.getState() == ImportState.FAILED ? Phrase.of("import.dryRunFailed", dryRun.described(), dryRun.getMessage())
                    : Phrase.of("import.dryRunNotDone", dryRun.described(), dryRun.getState()));
        }
        imports.importOf(dryRunId).ifPresent(done -> {
            throw new WorkflowException(Phrase.of("import.done", dryRun.described(), done.getId()));
        });
        if (dryRun.getRowsValid() == 0) {
            throw new WorkflowException(Phrase.of("import.noValidRow", dryRun.described()));
        }
        checkPublish(publish, dryRun.getFileName());
        ImportRun run = new ImportRun(viewer.username(), viewer.clearance(), dryRun.getFileName(),
                new RegisterFile.Stored(dryRun.getFileKey(), dryRun.getFileSize(), dryRun.getFormat()), dryRun.getRowsTotal(), false, publish, dryRunId);
        imports.add(run);
        logPublish(run);
        return run;
    }

    /**
     * The run, for its owner, and for reviewers and administrators cleared for what its owner could import.
     *
     * @throws NotFoundException for anybody else, as for a run that does not exist
     */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
    public ImportRun find(long id) {
        return imports.find(id).filter(this::maySee)
                .orElseThrow(() -> new NotFoundException(Phrase.of("import.none", id)));
    }

    /** The import made from a dry run, if it was imported. */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
    public Optional<ImportRun> importOf(long dryRunId) {
        return imports.importOf(find(dryRunId).getId()).filter(this::maySee);
    }

    /** One page of the run's report in file order; only the refused rows when asked. */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
    public Page<ImportRow> report(long id, boolean refusedOnly, int firstRow, int size) {
        ImportRun run = find(id);
        long total = imports.countRows(run.getId(), refusedOnly);
        return new Page<>(total == 0 ? List.of() : imports.rows(run.getId(), refusedOnly, firstRow, Math.min(size, 500)), total);
    }

    /** The whole report, streamed, for its download. */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
    public void forEachRow(long id, Consumer<ImportRow> row) {
        imports.forEachRow(find(id).getId(), row);
    }

    /** The caller's own runs, or everyone's for reviewers and administrators, most recent first. */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.REVIEWER_NAME, Role.ADMINISTRATOR_NAME})
    public List<ImportRun> recent() {
        boolean all = viewer.has(Role.REVIEWER) || viewer.has(Role.ADMINISTRATOR);
        return imports.recent(all ? null : viewer.username(), RECENT).stream().filter(this::maySee).toList();
    }

    /** The largest file an import takes, for the page to say. */
    @RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
    public long maxBytes() {
        return files.maxBytes();
    }

    private boolean maySee(ImportRun run) {
        if (run.getOwner().equals(viewer.username())) {
            return true;
        }
        return (viewer.has(Role.REVIEWER) || viewer.has(Role.ADMINISTRATOR)) && viewer.canSee(run.getOwnerClearance());
    }

    private void checkPublish(boolean publish, String fileName) {
        if (publish && !viewer.has(Role.ADMINISTRATOR)) {
            securityLog.record(new SecurityEvent(clock.instant(), SecurityEventType.ACCESS_DENIED, viewer.username(), null,
                    "publishing the import of " + fileName + " without review refused"));
            throw new AccessDeniedException(Phrase.of("import.publishAdminOnly"));
        }
    }

    private void logPublish(ImportRun run) {
        if (run.isPublish()) {
            securityLog.record(new SecurityEvent(clock.instant(), SecurityEventType.IMPORT_PUBLISHED, viewer.username(), null,
                    "import " + run.getId() + " of " + run.getFileName() + " (" + run.getRowsTotal() + " rows) started, publishing without review"));
        }
    }
}
