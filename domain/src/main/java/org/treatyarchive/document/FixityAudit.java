package org.treatyarchive.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The archive's promise that what it keeps does not change unnoticed: every stored file is read
 * again and its SHA-256 compared with the one recorded when it was stored. A damaged or missing file
 * is written to the security log and shown to administrators until an audit finds it whole again.
 * Files are read outside any transaction (a large store takes long); what each batch found is
 * recorded in a short transaction of its own.
 */
@ApplicationScoped
@Secured
public class FixityAudit {

    private static final int BATCH = 200;

    @Inject
    DocumentStore store;

    @Inject
    FixityLedger ledger;

    private final AtomicReference<Report> last = new AtomicReference<>();

    /** What one audit found. */
    public record Report(long checked, long intact, List<String> damaged, List<String> missing) {
    }

    /** Audits every file now, on an administrator's request. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Report auditNow() {
        return audit();
    }

    /** The scheduled audit: the same work, started by the archive itself. */
    @PermitAll
    public Report audit() {
        long checked = 0;
        long intact = 0;
        List<String> damaged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String after = "";
        List<DocumentFile> batch;
        do {
            batch = ledger.batch(after, BATCH);
            Map<String, DocumentFile.Fixity> found = new LinkedHashMap<>();
            for (DocumentFile file : batch) {
                DocumentFile.Fixity fixity = store.checksumNow(file.getSha256())
                        .map(now -> now.equals(file.getSha256()) ? DocumentFile.Fixity.INTACT : DocumentFile.Fixity.DAMAGED)
                        .orElse(DocumentFile.Fixity.MISSING);
                found.put(file.getSha256(), fixity);
                checked++;
                switch (fixity) {
                    case INTACT -> intact++;
                    case DAMAGED -> damaged.add(file.getSha256());
                    default -> missing.add(file.getSha256());
                }
                after = file.getSha256();
            }
            ledger.record(found);
        } while (batch.size() == BATCH);
        Report report = new Report(checked, intact, List.copyOf(damaged), List.copyOf(missing));
        last.set(report);
        return report;
    }

    /** The last audit's report since the archive started, or {@code null}. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Report lastReport() {
        return last.get();
    }

    /** Files the last audit found damaged or missing, whenever it ran. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<DocumentFile> unsound() {
        return ledger.unsound();
    }
}
