package org.treatyarchive.persistence.importing;

import org.treatyarchive.importing.ImportRefusedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (quoted values may hold the separator, quotes doubled, line
 * breaks), in UTF-8 with or without a byte-order mark, with a comma or a semicolon between values:
 * the header line says which (a spreadsheet set to a European locale writes semicolons). Bytes that
 * are not UTF-8 stop the reading with the line they are on, rather than turning into question marks
 * in a treaty's title.
 */
final class CsvRows implements SheetRows {

    /** What the decoder puts for bytes that are not UTF-8 (a register holding this character itself was damaged before). */
    private static final String NOT_UTF8 = "\uFFFD";

    @Override
    public void read(InputStream content, RowSink sink) throws IOException {
        // Replaced, not reported: the decoder reads ahead by kilobytes, so only the parser knows the line of a bad byte.
        Reader decoder = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(NOT_UTF8));
        PushbackReader in = new PushbackReader(new BufferedReader(decoder, 64 * 1024), 2);
        Parser parser = new Parser(in);
        int first = in.read();
        if (first != '\uFEFF' && first >= 0) {
            in.unread(first);
        }
        List<String> header = parser.record(true);
        if (header == null) {
            throw new ImportRefusedException("The file is empty.");
        }
        int number = 1;
        if (!sink.row(number, header)) {
            return;
        }
        for (List<String> row = parser.record(false); row != null; row = parser.record(false)) {
            number++;
            if (!sink.row(number, row)) {
                return;
            }
        }
    }

    /** One record at a time; the separator is chosen on the header line. */
    private static final class Parser {
        private final PushbackReader in;
        private char separator = ',';
        private boolean chosen;
        int line = 1;

        Parser(PushbackReader in) {
            this.in = in;
        }

        List<String> record(boolean header) throws IOException {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            in.unread(c);
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                c = in.read();
                if (c == NOT_UTF8.charAt(0)) {
                    throw new ImportRefusedException("The file is not UTF-8 text: line " + line + " holds bytes that are not UTF-8 "
                            + "(a file saved as Windows-1251 or Latin-1?). Save it as \"CSV UTF-8\" and upload it again.");
                }
                if (c < 0) {
                    if (quoted) {
                        throw new ImportRefusedException("Line " + startLine + " opens a quoted value that is never closed: a quote (\") is missing.");
                    }
                    break;
                }
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                in.unread(next);
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                    continue;
                }
                if (c == '"' && cell.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = in.read();
                        if (next != '\n' && next >= 0) {
                            in.unread(next);
                        }
                    }
                    line++;
                    break;
                } else if (header && (c == ',' || c == ';') && cells.isEmpty() && !chosen) {
                    // The first separator outside quotes on the header line decides.
                    separator = (char) c;
                    chosen = true;
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else {
                    cell.append((char) c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
