/** The embedded database's own online backup, for {@link org.treatyarchive.backup.ArchiveBackups}. */
package org.treatyarchive.persistence.backup;
