package org.treatyarchive.persistence.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.treatyarchive.backup.DatabaseBackup;
import org.treatyarchive.persistence.config.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * H2's {@code BACKUP TO}: a zip of the database file, consistent as of one moment because H2 keeps
 * every version a running transaction may still read, taken without stopping writers. Unzipped into
 * an empty data folder it is the database again. The copy is written under
 * {@code $ARCHIVE_DATA_DIR/backups/} for {@code ops/backup.sh} to take away: a backup left on the
 * archive's own disk is no backup.
 */
@ApplicationScoped
public class EmbeddedDatabaseBackup implements DatabaseBackup {

    /** Milliseconds, so that two backups in one second never write one file. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    @Inject
    EntityManager em;

    @Override
    public boolean copiedByTheArchive() {
        return DatabaseSettings.current().vendor() == DatabaseSettings.Vendor.H2;
    }

    @Override
    public Path write() {
        Path folder = DatabaseSettings.current().dataDirectory().resolve("backups");
        try {
            Files.createDirectories(folder);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("The backup folder " + folder + " cannot be created", unwritable);
        }
        Path file = folder.resolve("database-" + STAMP.format(Instant.now()) + ".zip");
        // BACKUP takes no parameter; the path is the archive's own, its quotes doubled all the same.
        em.createNativeQuery("BACKUP TO '" + file.toString().replace("'", "''") + "'").executeUpdate();
        return file;
    }
}
