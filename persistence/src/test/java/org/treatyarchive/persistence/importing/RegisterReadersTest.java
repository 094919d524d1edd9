package org.treatyarchive.persistence.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatyarchive.importing.ImportFormat;
import org.treatyarchive.importing.ImportRefusedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files a ministry's register arrives in, read cell by cell as the spreadsheet showed them. */
class RegisterReadersTest {

    @TempDir
    Path folder;

    @Test
    void aCsvWithBomAndSemicolonsKeepsQuotedSeparatorsAndLineBreaks() throws IOException {
        String csv = "\uFEFFexternalId;officialTitle;parties\r\n"
                + "R-1;\"Agreement \"\"on\"\" the seabed\";\"AZ; KZ\"\r\n"
                + "R-2;\"Two lines,\nof title\";RU\n";
        List<List<String>> rows = csv(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(List.of("externalId", "officialTitle", "parties"),
                List.of("R-1", "Agreement \"on\" the seabed", "AZ; KZ"),
                List.of("R-2", "Two lines,\nof title", "RU")), rows);
    }

    @Test
    void aCommaHeaderMakesCommasTheSeparator() throws IOException {
        assertEquals(List.of(List.of("officialTitle", "signed"), List.of("Treaty; with a semicolon", "1998")),
                csv("officialTitle,signed\nTreaty; with a semicolon,1998".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] cp1251 = "officialTitle\nTreaty\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[cp1251.length + 3];
        System.arraycopy(cp1251, 0, broken, 0, cp1251.length);
        broken[cp1251.length] = (byte) 0xD1;
        broken[cp1251.length + 1] = (byte) 0xEE;
        broken[cp1251.length + 2] = '\n';
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> csv(broken));
        assertTrue(refused.getMessage().contains("line 3"), refused.getMessage());
    }

    @Test
    void anUnclosedQuoteIsNamedNotSwallowed() {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                () -> csv("officialTitle\n\"Never closed\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("Line 2"), refused.getMessage());
    }

    @Test
    void aWorkbookIsReadWithSharedStringsDatesGapsAndFormulasKeptAsFormulas() throws IOException {
        Path workbook = folder.resolve("register.xlsx");
        writeWorkbook(workbook, """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>Соглашение</t></is></c><c r="C2" s="1"><v>37522</v></c></row>
                <row r="4"><c r="A4"><f>HYPERLINK("http://example.org")</f><v>click</v></c><c r="B4"><v>12.50</v></c></row>
                </sheetData></worksheet>""");
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        new XlsxRows().read(workbook, (number, cells) -> numbers.add(number) && rows.add(cells));

        assertEquals(List.of(1, 2, 4), numbers, "the spreadsheet's own row numbers, as the report names them");
        assertEquals(List.of("officialTitle", "note", "signed"), rows.get(0));
        assertEquals(List.of("Соглашение", "", "2002-09-23"), rows.get(1), "a date cell is its day, not a serial number");
        assertEquals(List.of("=HYPERLINK(\"http://example.org\")", "12.5"), rows.get(2), "a formula is never evaluated");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedByName() throws IOException {
        Path zip = folder.resolve("photos.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("photo.txt"));
            out.write("not a sheet".getBytes(StandardCharsets.UTF_8));
        }
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> new XlsxRows().read(zip, (n, cells) -> true));
        assertTrue(refused.getMessage().contains("xl/workbook.xml"), refused.getMessage());
    }

    @Test
    void theFormatIsToldByTheContentAndFormatsTheImportDoesNotReadAreNamed() {
        assertEquals(ImportFormat.XLSX, FileRegisterFile.formatOf(new byte[] {0x50, 0x4B, 0x03, 0x04, 0}));
        assertEquals(ImportFormat.JSON, FileRegisterFile.formatOf("\uFEFF\n  [{\"title\":\"A\"}]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportFormat.CSV, FileRegisterFile.formatOf("officialTitle;signed".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> refused = Map.of(
                "PDF", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
                ".xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                "UTF-16", "\uFEFFofficialTitle".getBytes(StandardCharsets.UTF_16LE));
        refused.forEach((named, head) -> {
            ImportRefusedException wrong = assertThrows(ImportRefusedException.class, () -> FileRegisterFile.formatOf(head));
            assertTrue(wrong.getMessage().contains(named), wrong.getMessage());
        });
    }

    private static List<List<String>> csv(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        new CsvRows().read(new ByteArrayInputStream(content), (number, cells) -> rows.add(cells));
        return rows;
    }

    /** The least of a workbook a spreadsheet writes: the sheet, its relation, shared strings and a date style. */
    private static void writeWorkbook(Path file, String sheet) throws IOException {
        Map<String, String> parts = Map.of(
                "xl/workbook.xml", """
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="Register" sheetId="1" r:id="rId7"/></sheets></workbook>""",
                "xl/_rels/workbook.xml.rels", """
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId7" Type="worksheet" Target="worksheets/register.xml"/></Relationships>""",
                "xl/sharedStrings.xml", """
                        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                        <si><t>officialTitle</t></si><si><r><t>no</t></r><r><t>te</t></r></si><si><t>signed</t></si></sst>""",
                "xl/styles.xml", """
                        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                        <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""",
                "xl/worksheets/register.xml", sheet);
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
