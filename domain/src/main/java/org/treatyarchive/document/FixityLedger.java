package org.treatyarchive.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The fixity audit's short transactions: reading a batch of the register, recording what was found. */
@ApplicationScoped
public class FixityLedger {

    @Inject
    DocumentFileRepository files;

    @Inject
    SecurityLog log;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<DocumentFile> batch(String after, int size) {
        return files.after(after, size);
    }

    @Transactional
    public List<DocumentFile> unsound() {
        return files.unsound();
    }

    /** Records each file's state; a file newly found damaged or missing is written to the security log once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Map<String, DocumentFile.Fixity> found) {
        found.forEach((sha256, fixity) -> files.find(sha256).ifPresent(file -> {
            if (fixity != DocumentFile.Fixity.INTACT && file.getFixity() != fixity) {
                log.record(new SecurityEvent(clock.instant(), fixity == DocumentFile.Fixity.DAMAGED ? SecurityEventType.FILE_DAMAGED
                        : SecurityEventType.FILE_MISSING, "fixity audit", null, "stored file sha256:" + sha256
                        + (fixity == DocumentFile.Fixity.DAMAGED ? " no longer matches its checksum" : " is missing from the store")));
            }
            file.audited(fixity, clock.instant());
        }));
    }
}
