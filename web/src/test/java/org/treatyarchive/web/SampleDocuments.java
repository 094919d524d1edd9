package org.treatyarchive.web;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Documents the tests give the archive, made on the spot so that each run's checksums are new. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** A PDF with one page per text, in Helvetica; put a marker in the first to make the file new. */
    public static byte[] pdf(String... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : List.of(pages)) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An image-only PDF, as a scanner makes one: only OCR reads these lines. */
    public static byte[] scan(String... lines) {
        return org.treatyarchive.persistence.starter.ScannedPage.pdf(List.of(lines));
    }

    /** Where the document store keeps a file below its folder: {@code ab/cd/abcd…}, by the file's SHA-256. */
    public static Path address(String sha256) {
        return Path.of(sha256.substring(0, 2), sha256.substring(2, 4), sha256);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
