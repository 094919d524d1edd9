package org.treatyarchive.backup;

import java.nio.file.Path;

/** Copies the database while the archive serves, consistently as of one moment; implemented beside the persistence unit. */
public interface DatabaseBackup {

    /** Whether the archive itself can copy its database: the embedded one, not a server's, which its own tool copies. */
    boolean copiedByTheArchive();

    /**
     * Writes the copy into a new file of the installation's backup folder.
     *
     * @return the file written
     */
    Path write();
}
