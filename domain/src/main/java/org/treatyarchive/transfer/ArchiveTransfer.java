package org.treatyarchive.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.io.InputStream;
import java.time.Instant;

/**
 * Taking the whole archive out and putting it into another: administrators only, both ways written
 * to the security log, since the export holds every classified record.
 */
@ApplicationScoped
@Secured
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class ArchiveTransfer {

    @Inject
    ArchiveSnapshot snapshot;

    @Inject
    Viewer viewer;

    @Inject
    SecurityLog securityLog;

    /** The export, to be written where the caller streams it; the records are read as it writes, batch by batch. */
    @Transactional
    public ArchiveWriter export() {
        securityLog.record(new SecurityEvent(Instant.now(), SecurityEventType.ARCHIVE_EXPORTED, viewer.username(), null,
                "the whole archive exported, every classification included"));
        return new ArchiveWriter(snapshot);
    }

    /**
     * Reads an export into this archive, which must hold no records yet; all or nothing.
     *
     * @throws org.treatyarchive.review.WorkflowException      when the archive is not empty
     * @throws org.treatyarchive.importing.ImportRefusedException when the file is not an export or a record in it is refused
     */
    @Transactional
    public TransferCounts restore(InputStream content) {
        TransferCounts counts = snapshot.restore(content, viewer.username());
        securityLog.record(new SecurityEvent(Instant.now(), SecurityEventType.ARCHIVE_RESTORED, viewer.username(), null,
                "restored " + counts.agreements() + " agreements, " + counts.parties() + " parties, " + counts.events() + " events, "
                        + counts.subjects() + " subjects, " + counts.documents() + " documents"));
        return counts;
    }
}
