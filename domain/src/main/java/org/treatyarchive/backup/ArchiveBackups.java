package org.treatyarchive.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.review.WorkflowException;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.user.SecurityLog;
import org.treatyarchive.user.Viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The database copied while the archive serves, for administrators only and written to the
 * security log: the copy holds every classified record and every account's password hash.
 */
@ApplicationScoped
@Secured
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class ArchiveBackups {

    @Inject
    DatabaseBackup database;

    @Inject
    Viewer viewer;

    @Inject
    SecurityLog securityLog;

    /**
     * Writes a copy of the embedded database into the installation's backup folder.
     *
     * @throws WorkflowException when the database is a server's, which its own tool copies (the archive cannot do it consistently from here)
     */
    @Transactional
    public BackupFile backUpDatabase() {
        if (!database.copiedByTheArchive()) {
            throw new WorkflowException(Phrase.of("backup.serverDatabase"));
        }
        Path file = database.write();
        BackupFile written;
        try {
            written = new BackupFile(file, Files.size(file), Instant.now());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        securityLog.record(new SecurityEvent(written.writtenAt(), SecurityEventType.BACKUP_WRITTEN, viewer.username(), null,
                "the database copied to " + file.getFileName() + " (" + written.bytes() + " bytes), every classification included"));
        return written;
    }
}
