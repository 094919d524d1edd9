/**
 * A backup of the installation while it serves: the database as its own tool copies it, beside the
 * documents' folder. The embedded database can only be copied from inside the archive (its files are
 * held open by the server), so the archive writes that copy itself when an administrator asks; a
 * MySQL or MariaDB server is copied by {@code mariadb-dump --single-transaction} from outside
 * ({@code ops/backup.sh} does both, and {@code ops/restore.sh} puts a backup into an empty installation).
 */
package org.treatyarchive.backup;
