package org.treatyarchive.persistence.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatyarchive.document.DocumentPage.Source;
import org.treatyarchive.document.DocumentReader;
import org.treatyarchive.document.DocumentType;
import org.treatyarchive.persistence.starter.ScannedPage;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a file's text, with the real PDFBox and the real Tesseract (installed by {@code .ci/run}
 * and the README's setup): the text layer page by page, a scanned Russian page by OCR, word files
 * from their XML, and what happens without OCR.
 */
class ArchiveDocumentReaderTest {

    @TempDir
    Path folder;

    record Read(int number, String text, Source source) {
    }

    @Test
    void aPdfIsReadPageByPageFromItsTextLayer() throws Exception {
        Path file = write("two.pdf", textPdf("The Parties agree on the exchange of hydrographic charts.",
                "Done at Baku in two originals, each in the Azerbaijani and Turkmen languages."));
        List<Read> pages = new ArrayList<>();

        int withoutText = reader("tesseract").read(file, DocumentType.PDF, List.of("en"), collect(pages));

        assertEquals(0, withoutText);
        assertEquals(2, pages.size());
        assertEquals(2, pages.get(1).number());
        assertTrue(pages.get(1).text().contains("Turkmen languages"), pages.get(1).text());
        assertTrue(!pages.get(0).text().contains("Turkmen"), "each page holds its own text only");
        assertEquals(Source.TEXT_LAYER, pages.get(0).source());
    }

    @Test
    void aScannedRussianPageIsReadByOcr() throws Exception {
        Path file = write("scan.pdf", ScannedPage.pdf(List.of("Конвенция о правовом статусе Каспийского моря",
                "Подписана в Актау 12 августа 2018 года")));
        List<Read> pages = new ArrayList<>();
        DocumentReader reader = reader("tesseract");
        assertTrue(reader.ocrAvailable(), "Tesseract is installed here (.ci/run installs tesseract-ocr and its language data)");

        int withoutText = reader.read(file, DocumentType.PDF, List.of("ru"), collect(pages));

        assertEquals(0, withoutText);
        assertEquals(1, pages.size());
        assertEquals(Source.OCR, pages.get(0).source());
        String text = pages.get(0).text();
        assertTrue(text.contains("Каспийского") && text.contains("Актау"), "read in Cyrillic: " + text);
    }

    @Test
    void withoutOcrAScannedPageIsCountedAsWaiting() throws Exception {
        Path file = write("scan.pdf", ScannedPage.pdf(List.of("Протокол")));
        List<Read> pages = new ArrayList<>();

        DocumentReader reader = reader("off");
        int withoutText = reader.read(file, DocumentType.PDF, List.of("ru"), collect(pages));

        assertEquals(false, reader.ocrAvailable());
        assertEquals(1, withoutText);
        assertEquals(0, pages.size());
    }

    @Test
    void wordProcessingAndTextFilesAreOnePage() throws Exception {
        Path docx = write("note.docx", zip("word/document.xml", "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Instrument of</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> ratification</w:t></w:r></w:p><w:p><w:r><w:t>Second paragraph</w:t></w:r></w:p></w:body></w:document>"));
        Path odt = write("note.odt", zip("content.xml", "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body><office:text>"
                + "<text:h>Notification</text:h><text:p>by the depositary</text:p></office:text></office:body></office:document-content>"));
        Path txt = write("note.txt", "\uFEFFЯддашт о сотрудничестве".getBytes(StandardCharsets.UTF_8));
        List<Read> pages = new ArrayList<>();

        DocumentReader reader = reader("off");
        reader.read(docx, DocumentType.DOCX, List.of(), collect(pages));
        reader.read(odt, DocumentType.ODT, List.of(), collect(pages));
        reader.read(txt, DocumentType.TXT, List.of(), collect(pages));

        assertEquals("Instrument of ratification\nSecond paragraph", pages.get(0).text());
        assertEquals("Notification\nby the depositary", pages.get(1).text());
        assertEquals("Яддашт о сотрудничестве", pages.get(2).text(), "without the byte order mark");
    }

    @Test
    void aWordFileWithAnExternalEntityIsNotFollowed() throws Exception {
        Path docx = write("evil.docx", zip("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d><p>&x;</p></d>"));
        DocumentReader reader = reader("off");

        assertThrows(DocumentReader.DocumentUnreadableException.class, () -> reader.read(docx, DocumentType.DOCX, List.of(), (n, t, s) -> {
            throw new AssertionError("nothing may be read from " + t);
        }));
    }

    @Test
    void ocrReadsTheRecordsLanguagesAndEnglish() {
        Set<String> installed = Set.of("eng", "rus", "fas", "aze", "aze_cyrl", "kaz");
        assertEquals("rus+eng", TesseractOcr.languageArgument(List.of("ru"), installed));
        assertEquals("fas+aze+eng", TesseractOcr.languageArgument(List.of("fa-IR", "az"), installed));
        assertEquals("aze_cyrl+eng", TesseractOcr.languageArgument(List.of("az-Cyrl"), installed));
        assertEquals("eng", TesseractOcr.languageArgument(List.of("tk"), installed), "Debian has no Turkmen data: English alone");
        assertEquals("eng", TesseractOcr.languageArgument(List.of(), installed));
        assertEquals("rus", TesseractOcr.languageArgument(List.of("tk"), Set.of("rus")));
    }

    private static DocumentReader.Pages collect(List<Read> pages) {
        return (number, text, source) -> pages.add(new Read(number, text, source));
    }

    private static ArchiveDocumentReader reader(String command) {
        ArchiveDocumentReader reader = new ArchiveDocumentReader();
        reader.ocr = new TesseractOcr();
        reader.ocr.command = command;
        return reader;
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] textPdf(String... pages) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(60, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, String xml) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            OutputStream out = zip;
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
