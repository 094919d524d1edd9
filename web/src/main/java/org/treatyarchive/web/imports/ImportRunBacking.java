package org.treatyarchive.web.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.importing.ImportRow;
import org.treatyarchive.importing.ImportRun;
import org.treatyarchive.importing.ImportState;
import org.treatyarchive.importing.RegisterImport;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.user.Role;
import org.treatyarchive.web.security.ActiveUser;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.PagedModel;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs {@code imports/run.xhtml?id=7}: one run followed while it reads (the page polls it), its
 * report row by row, and what comes next: importing the valid rows of a finished dry run, or, for a
 * reviewer, approving the records an import sent to review as one batch.
 */
@Named
@ViewScoped
public class ImportRunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterImport imports;

    @Inject
    ReviewDesk desk;

    @Inject
    ActiveUser user;

    private Long id;
    /** Read again after the view is restored from its serialized state (an entity is not serializable). */
    private transient ImportRun run;
    /** The import made from this dry run, once looked up ({@code 0} for none); a number, since the view is serialized. */
    private Long importedId;
    private boolean refusedOnly;
    private boolean publish;
    private String comment;
    private Long waiting;
    private LazyDataModel<ImportRow> report;

    /** Called by {@code f:viewAction}, before rendering. */
    public void load() throws IOException {
        try {
            run = imports.find(id == null ? -1 : id);
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    /** Called by the page's poll: the run as it now stands. */
    public void refresh() {
        run = imports.find(id);
        importedId = null;
        waiting = null;
        report = null;
    }

    public void importValidRows() throws IOException {
        ImportRun dryRun = getRun();
        try {
            ImportRun started = imports.confirm(dryRun.getId(), publish);
            Messages.doneAfterRedirect("Importing the " + dryRun.getRowsValid() + " valid rows of " + dryRun.getFileName()
                    + (started.isPublish() ? ", publishing them at once." : "; they go to review as one batch."));
            Pages.redirect("/imports/run.xhtml?id=" + started.getId());
        } catch (WorkflowException | AccessDeniedException refused) {
            Messages.error(null, Messages.describe(refused));
        }
    }

    public void approveBatch() {
        try {
            ReviewDesk.BatchDecision decision = desk.approveBatch(id, comment);
            StringBuilder said = new StringBuilder("Approved " + decision.approved() + (decision.approved() == 1 ? " record" : " records")
                    + " of import " + id + ". Readers now see them.");
            if (decision.ownWork() > 0) {
                said.append(' ').append(decision.ownWork()).append(" you wrote yourself wait for another reviewer.");
            }
            if (!decision.refused().isEmpty()) {
                said.append(' ').append(decision.refused().size()).append(" were not approved: ").append(String.join("; ", decision.refused()));
            }
            if (decision.stillWaiting() > decision.refused().size()) {
                said.append(" More wait: approve the batch again for the next ").append(ReviewDesk.BATCH_MAX).append('.');
            }
            Messages.done(said.toString());
            comment = null;
            refresh();
        } catch (WorkflowException | AccessDeniedException refused) {
            Messages.error(null, Messages.describe(refused));
        }
    }

    public LazyDataModel<ImportRow> getReport() {
        if (report == null) {
            long run = id;
            boolean refused = refusedOnly;
            report = new PagedModel<>((first, size) -> imports.report(run, refused, first, size), row -> String.valueOf(row.getNumber()));
        }
        return report;
    }

    public boolean isRunning() {
        ImportState state = getRun().getState();
        return state == ImportState.QUEUED || state == ImportState.RUNNING;
    }

    /** A finished dry run its owner has not imported yet, with rows to import. */
    public boolean isImportable() {
        ImportRun dryRun = getRun();
        return dryRun.isDryRun() && dryRun.getState() == ImportState.DONE && dryRun.getRowsValid() > 0
                && dryRun.getOwner().equals(user.getName()) && getImportedId() == 0;
    }

    /** The import made from this dry run, {@code 0} while there is none. */
    public long getImportedId() {
        if (importedId == null) {
            importedId = getRun().isDryRun() ? imports.importOf(id).map(ImportRun::getId).orElse(0L) : 0L;
        }
        return importedId;
    }

    /** How many of this import's records wait for a reviewer's decision; none for others than reviewers. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = !getRun().isDryRun() && user.hasRole(Role.REVIEWER_NAME) ? desk.waitingFromImport(id) : 0L;
        }
        return waiting;
    }

    public boolean isAdministrator() {
        return user.hasRole(Role.ADMINISTRATOR_NAME);
    }

    public String getSummary() {
        ImportRun current = getRun();
        String rows = current.getRowsRead() + " of " + current.getRowsTotal() + " rows read";
        return switch (current.getState()) {
            case QUEUED -> "Waiting to start (" + current.getRowsTotal() + " rows).";
            case RUNNING -> "Reading: " + rows + ".";
            case FAILED -> "Stopped: " + rows + ". " + current.getMessage();
            case DONE -> current.isDryRun()
                    ? "Dry run done: " + current.getRowsValid() + " rows can be imported, " + current.getRowsUnchanged()
                            + " are as the archive holds them already, " + current.getRowsInvalid() + " are refused. Nothing was written."
                    : "Done: " + current.getRowsCreated() + " records created, " + current.getRowsUpdated() + " changed, " + current.getRowsUnchanged()
                            + " unchanged, " + current.getRowsInvalid() + " rows refused."
                            + (current.isPublish() ? " Published without review." : " The records wait for review as one batch.");
        };
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ImportRun getRun() {
        if (run == null) {
            run = imports.find(id);
        }
        return run;
    }

    public boolean isRefusedOnly() { return refusedOnly; }
    public void setRefusedOnly(boolean refusedOnly) { this.refusedOnly = refusedOnly; report = null; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
