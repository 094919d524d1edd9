package org.treatyarchive.persistence.starter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A page as a scanner makes it: the lines drawn into a grey image at 200 dpi and the image put on an
 * A4 page, with no text layer, so that only OCR can read it. For the starter collection and tests.
 */
public final class ScannedPage {

    private static final int DPI = 200;

    private ScannedPage() {
    }

    public static byte[] pdf(List<String> lines) {
        int width = (int) (PDRectangle.A4.getWidth() / 72 * DPI);
        int height = (int) (PDRectangle.A4.getHeight() / 72 * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // DejaVu Sans where installed (Debian's default font, with Cyrillic and Persian); the logical font otherwise.
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, DPI * 14 / 72));
            int leading = g.getFontMetrics().getHeight() * 3 / 2;
            int y = DPI;
            for (String line : lines) {
                g.drawString(line, DPI * 3 / 4, y);
                y += leading;
            }
        } finally {
            g.dispose();
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Could not make a scanned page", impossible);
        }
    }
}
