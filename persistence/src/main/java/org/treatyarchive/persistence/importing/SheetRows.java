package org.treatyarchive.persistence.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A file read as rows of cells, the header first, a row at a time. */
interface SheetRows {

    void read(InputStream content, RowSink sink) throws IOException;

    /** Takes one row; answers whether to go on. */
    @FunctionalInterface
    interface RowSink {
        boolean row(int number, List<String> cells);
    }
}
