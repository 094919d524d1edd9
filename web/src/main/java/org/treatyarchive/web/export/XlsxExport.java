package org.treatyarchive.web.export;

import org.treatyarchive.agreement.AgreementSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML workbook, written as a stream: the fixed parts first, then the one
 * sheet row by row with inline strings (no shared-string table to hold in memory), so that a quarter
 * of a million rows go out with flat memory. Inline strings are never formulas; the cells follow
 * the same rule as the CSV's anyway, so a sheet saved again as CSV stays safe.
 */
public final class XlsxExport implements ExportWriter {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            </Relationships>""";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int rows;

    XlsxExport(OutputStream stream) throws IOException {
        this(stream, "Agreements", ExportColumns.HEADER);
    }

    /**
     * A workbook of one sheet of any rows, for the lists that export more than the agreements' own columns
     * (a party's agreements with its own terms).
     *
     * @param sheetName letters and spaces: Excel refuses a few characters in a sheet's name
     */
    public XlsxExport(OutputStream stream, String sheetName, List<String> header) throws IOException {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        part("[Content_Types].xml", CONTENT_TYPES);
        part("_rels/.rels", RELS);
        part("xl/workbook.xml", WORKBOOK.formatted(xml(sheetName)));
        part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(header);
    }

    @Override
    public void write(AgreementSummary agreement) throws IOException {
        row(ExportColumns.cells(agreement));
    }

    /** Ends the workbook; the stream beneath stays open. */
    @Override
    public void finish() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** One row of cells, each made formula-safe as the CSV's are (an empty cell for null). */
    public void row(List<String> cells) throws IOException {
        rows++;
        sheet.write("<row r=\"" + rows + "\">");
        for (String cell : cells) {
            sheet.write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            sheet.write(xml(cell == null ? "" : ExportColumns.safe(cell)));
            sheet.write("</t></is></c>");
        }
        sheet.write("</row>");
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Escaped, and without the control characters XML 1.0 cannot carry at all. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
