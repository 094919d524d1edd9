/**
 * Imports on disk and in the database: the uploaded registers under {@code $ARCHIVE_DATA_DIR/imports},
 * read as a stream of rows (CSV with either separator, XLSX through its XML parts, the archive's JSON),
 * the runs and their reports, and the schedule that reads the runs that wait.
 */
package org.treatyarchive.persistence.importing;
