package org.treatyarchive.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentReading;
import org.treatyarchive.document.FixityAudit;
import org.treatyarchive.document.TextOverview;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.TimestampFormat;

import java.time.Instant;
import java.util.List;

/**
 * Backs {@code admin/fixity.xhtml}: the fixity audit on request, the files found damaged or missing,
 * and how far the documents' text is read.
 */
@Named
@RequestScoped
public class FixityBacking {

    @Inject
    FixityAudit fixity;

    @Inject
    TimestampFormat timestamps;

    @Inject
    DocumentReading reading;

    private List<DocumentFile> unsound;
    private TextOverview text;

    public void audit() {
        FixityAudit.Report report = fixity.auditNow();
        unsound = null;
        if (report.damaged().isEmpty() && report.missing().isEmpty()) {
            Messages.done(Messages.text("fixity.intact", report.checked()));
        } else {
            Messages.error(null, Messages.text("fixity.unsound", report.damaged().size(), report.missing().size(), report.checked()));
        }
    }

    public String getSummary() {
        FixityAudit.Report last = fixity.lastReport();
        return last == null ? "No audit has run since the archive started; the nightly one will, or run one now."
                : "The last audit since the archive started read " + last.checked() + " files: " + last.intact() + " intact, "
                + last.damaged().size() + " damaged, " + last.missing().size() + " missing.";
    }

    public List<DocumentFile> getUnsound() {
        if (unsound == null) {
            unsound = fixity.unsound();
        }
        return unsound;
    }

    public TextOverview getText() {
        if (text == null) {
            text = reading.overview();
        }
        return text;
    }

    public String when(Instant at) {
        return at == null ? "" : timestamps.display(at);
    }
}
