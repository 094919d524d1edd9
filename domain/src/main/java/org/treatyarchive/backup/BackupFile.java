package org.treatyarchive.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A copy of the database the archive wrote: where, how large, and as of when. */
public record BackupFile(Path path, long bytes, Instant writtenAt) {
}
