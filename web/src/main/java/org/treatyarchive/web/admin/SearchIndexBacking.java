package org.treatyarchive.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.SearchIndexing;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.TimestampFormat;

/**
 * Backs {@code admin/search-index.xhtml}: starting a rebuild of the search index and following it.
 * The progress lives in the application, not the view, so a page opened by another administrator,
 * or reloaded, shows the same rebuild.
 */
@Named
@RequestScoped
public class SearchIndexBacking {

    @Inject
    SearchIndexing indexing;

    @Inject
    TimestampFormat timestamps;

    private SearchIndexing.Progress progress;

    public void start() {
        boolean wasRunning = getProgress().running();
        progress = indexing.start();
        if (wasRunning) {
            Messages.warn(Messages.text("index.alreadyRunning", progress.startedBy()));
        } else {
            Messages.done(Messages.text("index.started", progress.total()));
        }
    }

    public SearchIndexing.Progress getProgress() {
        if (progress == null) {
            progress = indexing.progress();
        }
        return progress;
    }

    public String getSummary() {
        SearchIndexing.Progress now = getProgress();
        if (!now.everRun()) {
            return "No rebuild since the archive started.";
        }
        String who = "started by " + now.startedBy() + " at " + timestamps.display(now.started());
        if (now.running()) {
            return "Running, " + who + ": " + now.done() + " of " + now.total() + " agreements indexed.";
        }
        if (now.failed()) {
            return "Failed, " + who + ", after " + now.done() + " agreements: " + now.failure();
        }
        return "Done, " + who + ": " + now.done() + " agreements indexed by " + timestamps.display(now.finished()) + ".";
    }
}
