package org.treatyarchive.web.export;

import org.treatyarchive.agreement.AgreementSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (without it, Excel reads the Cyrillic and Persian
 * titles as Latin-1), comma-separated, every cell quoted where it must be.
 */
public final class CsvExport implements ExportWriter {

    private final Writer out;

    CsvExport(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        line(ExportColumns.HEADER);
    }

    @Override
    public void write(AgreementSummary agreement) throws IOException {
        line(ExportColumns.cells(agreement));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** A value as one cell of any CSV the archive writes (an import's report too): formula-safe, quoted where it must be. */
    public static String cell(String value) {
        return value == null ? "" : quoted(ExportColumns.safe(value));
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
