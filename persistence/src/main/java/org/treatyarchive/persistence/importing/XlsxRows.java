package org.treatyarchive.persistence.importing;

import org.treatyarchive.importing.ImportRefusedException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an XLSX workbook straight from its XML parts, streamed: the sheet a
 * row at a time, the shared strings (which a sheet's text cells point into) held once. A date cell
 * (a number with a date format) becomes its ISO date; a formula cell becomes its formula, which the
 * import then refuses, so that nothing a spreadsheet would compute is ever taken for a value. No DTD
 * or external entity is read, and a part that unpacks to more than {@link #MAX_UNPACKED} bytes stops
 * the reading (a "zip bomb").
 */
final class XlsxRows {

    static final long MAX_UNPACKED = 1024L * 1024 * 1024;
    /** The built-in number formats that are dates (ECMA-376, 18.8.30). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

    private final XMLInputFactory xml = XMLInputFactory.newFactory();

    XlsxRows() {
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    void read(Path file, SheetRows.RowSink sink) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = firstSheet(zip);
            List<String> strings = sharedStrings(zip);
            boolean[] dateStyles = dateStyles(zip);
            boolean from1904 = date1904(zip);
            ZipEntry entry = zip.getEntry(sheet);
            if (entry == null) {
                throw notAWorkbook("its first sheet (" + sheet + ") is missing");
            }
            try (InputStream in = bounded(zip.getInputStream(entry))) {
                rows(in, strings, dateStyles, from1904, sink);
            }
        } catch (java.util.zip.ZipException broken) {
            throw notAWorkbook("it is not a whole ZIP archive (" + broken.getMessage() + ")");
        } catch (XMLStreamException broken) {
            throw notAWorkbook("its sheet is not well-formed XML (" + broken.getMessage() + ")");
        }
    }

    private void rows(InputStream in, List<String> strings, boolean[] dateStyles, boolean from1904, SheetRows.RowSink sink)
            throws XMLStreamException {
        XMLStreamReader reader = xml.createXMLStreamReader(in);
        List<String> cells = null;
        int rowNumber = 0;
        String type = null;
        int style = 0;
        int column = 0;
        String value = null;
        String formula = null;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        String r = reader.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                    }
                    case "c" -> {
                        type = reader.getAttributeValue(null, "t");
                        String s = reader.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        String ref = reader.getAttributeValue(null, "r");
                        column = ref == null ? (cells == null ? 0 : cells.size()) : columnOf(ref);
                        value = null;
                        formula = null;
                        text.setLength(0);
                    }
                    case "v", "f", "t" -> {
                        inText = true;
                        text.setLength(0);
                    }
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "v" -> { value = text.toString(); inText = false; }
                    case "f" -> { formula = text.toString(); inText = false; }
                    case "t" -> { value = (value == null ? "" : value) + text; inText = false; }
                    case "c" -> {
                        if (cells != null) {
                            while (cells.size() < column) {
                                cells.add("");
                            }
                            cells.add(cell(type, style, value, formula, strings, dateStyles, from1904));
                        }
                    }
                    case "row" -> {
                        if (cells != null && !sink.row(rowNumber, cells)) {
                            return;
                        }
                        cells = null;
                    }
                    default -> { }
                }
            }
        }
    }

    private static String cell(String type, int style, String value, String formula, List<String> strings, boolean[] dateStyles, boolean from1904) {
        if (formula != null && !formula.isEmpty()) {
            return "=" + formula;
        }
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(value.strip());
            return index >= 0 && index < strings.size() ? strings.get(index) : "";
        }
        if (type == null || "n".equals(type)) {
            if (style < dateStyles.length && dateStyles[style] && !value.isBlank()) {
                double serial = Double.parseDouble(value);
                // Excel counts 1900 as a leap year: serials from 61 on are one day ahead of the calendar.
                LocalDate day = from1904 ? LocalDate.of(1904, 1, 1).plusDays((long) serial)
                        : LocalDate.of(1899, 12, 30).plusDays((long) serial + (serial < 61 ? 1 : 0));
                return day.toString();
            }
            try {
                return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        return value;
    }

    private String firstSheet(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry workbook = zip.getEntry("xl/workbook.xml");
        if (workbook == null) {
            throw notAWorkbook("it has no xl/workbook.xml");
        }
        String relation = null;
        try (InputStream in = bounded(zip.getInputStream(workbook))) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext() && relation == null) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeLocalName(i).equals("id")) {
                            relation = reader.getAttributeValue(i);
                        }
                    }
                }
            }
        }
        ZipEntry relations = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relation != null && relations != null) {
            try (InputStream in = bounded(zip.getInputStream(relations))) {
                XMLStreamReader reader = xml.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")
                            && relation.equals(reader.getAttributeValue(null, "Id"))) {
                        String target = reader.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return strings;
        }
        try (InputStream in = bounded(zip.getInputStream(entry))) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            StringBuilder item = null;
            boolean inText = false;
            boolean inPhonetic = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> item = new StringBuilder();
                        case "t" -> inText = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> { }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText && item != null) {
                    item.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "si" -> { strings.add(item == null ? "" : item.toString()); item = null; }
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> { }
                    }
                }
            }
        }
        return strings;
    }

    /** For each cell style, whether it shows a date: a built-in date format or a custom one with days, months or years. */
    private boolean[] dateStyles(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry("xl/styles.xml");
        if (entry == null) {
            return new boolean[0];
        }
        Map<Integer, Boolean> custom = new HashMap<>();
        List<Boolean> styles = new ArrayList<>();
        try (InputStream in = bounded(zip.getInputStream(entry))) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            boolean inCellXfs = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "numFmt" -> {
                            String code = reader.getAttributeValue(null, "formatCode");
                            String cleaned = code == null ? "" : code.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase();
                            custom.put(Integer.parseInt(reader.getAttributeValue(null, "numFmtId")), cleaned.matches(".*[dmy].*"));
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                String id = reader.getAttributeValue(null, "numFmtId");
                                int format = id == null ? 0 : Integer.parseInt(id);
                                styles.add(DATE_FORMATS.contains(format) || custom.getOrDefault(format, false));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        boolean[] dates = new boolean[styles.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = styles.get(i);
        }
        return dates;
    }

    private boolean date1904(ZipFile zip) throws IOException, XMLStreamException {
        try (InputStream in = bounded(zip.getInputStream(zip.getEntry("xl/workbook.xml")))) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("workbookPr")) {
                    String value = reader.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        }
        return false;
    }

    /** "B12" is column index 1. */
    static int columnOf(String reference) {
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static ImportRefusedException notAWorkbook(String why) {
        return new ImportRefusedException("The file is not an Excel workbook the archive can read: " + why
                + ". Save it again from the spreadsheet as .xlsx, or as CSV UTF-8.");
    }

    private static InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_UNPACKED) {
                    throw new ImportRefusedException("The workbook unpacks to more than " + MAX_UNPACKED / (1024 * 1024)
                            + " MB; it is not a register the archive imports.");
                }
            }
        };
    }
}
