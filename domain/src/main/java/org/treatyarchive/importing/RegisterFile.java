package org.treatyarchive.importing;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Where an uploaded register waits while it is imported, and how its rows are read: streamed, a row
 * at a time, never the whole file in memory. The persistence module keeps the files under the
 * archive's data directory and reads CSV, XLSX and JSON.
 */
public interface RegisterFile {

    /** The largest register an import takes unless ARCHIVE_MAX_IMPORT_MB says otherwise; the API's guard holds uploads to it too. */
    long DEFAULT_MAX_MB = 32;

    /** The largest file an import takes, in bytes. */
    long maxBytes();

    /**
     * Stores the upload and says which format it is, from its content.
     *
     * @throws ImportRefusedException when it is empty, larger than {@link #maxBytes()} or not a CSV, XLSX or JSON file
     */
    Stored keep(String fileName, InputStream content);

    /**
     * Reads every row once without keeping any, to count them and to refuse a file whose header or
     * encoding is wrong before anything is imported.
     *
     * @throws ImportRefusedException naming what is wrong and where (the line, the column)
     */
    int check(String key, ImportFormat format);

    /** Hands the rows after the first {@code skip} data rows to the consumer, in order. */
    void read(String key, ImportFormat format, int skip, Consumer<RegisterRow> rows);

    void delete(String key);

    /** An upload kept for importing. */
    record Stored(String key, long size, ImportFormat format) {
    }
}
