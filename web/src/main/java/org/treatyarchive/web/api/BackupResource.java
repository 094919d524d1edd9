package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.backup.ArchiveBackups;
import org.treatyarchive.backup.BackupFile;

/**
 * {@code POST /api/backups/database}: the embedded database copied while the archive serves, into
 * {@code $ARCHIVE_DATA_DIR/backups/}, for {@code ops/backup.sh}. Administrators only, checked by
 * {@link ArchiveBackups}; on MySQL or MariaDB it answers 409 with what to run instead.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    ArchiveBackups backups;

    @POST
    @Path("database")
    public JsonObject backUpDatabase() {
        BackupFile written = backups.backUpDatabase();
        return Json.createObjectBuilder().add("file", written.path().toString()).add("bytes", written.bytes())
                .add("writtenAt", written.writtenAt().toString()).build();
    }
}
