package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.treatyarchive.document.DocumentPage;
import org.treatyarchive.document.DocumentPage.Source;
import org.treatyarchive.document.DocumentReader;
import org.treatyarchive.document.DocumentType;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a stored file's text: a PDF page by page with PDFBox, and each page without a text layer (a
 * scan) rendered at 300 dpi and read by {@link TesseractOcr}; images by OCR; word-processing files
 * from their XML, as one page (they have no fixed pages); plain text as one page.
 */
@ApplicationScoped
public class ArchiveDocumentReader implements DocumentReader {

    /** Fewer letters than this on a PDF page, and the page is taken for a scan (a page number or a stamp is not its text). */
    static final int MIN_LETTERS = 20;
    static final int DPI = 300;
    /** A map sheet at 300 dpi would take gigabytes; larger pages are rendered at a lower resolution. */
    static final long MAX_PIXELS = 40_000_000L;
    /** Wide enough to tell a map from a text page in the list, small enough for a list of fifty. */
    static final int THUMBNAIL_WIDTH = 120;

    @Inject
    TesseractOcr ocr;

    @Override
    public boolean ocrAvailable() {
        return ocr.available();
    }

    @Override
    public int read(Path file, DocumentType type, List<String> languages, Pages pages) {
        try {
            return switch (type) {
                case PDF -> pdf(file, languages, pages);
                case PNG, JPEG, TIFF -> image(file, languages, pages);
                case DOCX -> {
                    pages.page(1, xmlText(file, "word/document.xml"), Source.TEXT_LAYER);
                    yield 0;
                }
                case ODT -> {
                    pages.page(1, xmlText(file, "content.xml"), Source.TEXT_LAYER);
                    yield 0;
                }
                case TXT -> {
                    pages.page(1, plainText(file), Source.TEXT_LAYER);
                    yield 0;
                }
            };
        } catch (IOException | XMLStreamException unreadable) {
            throw new DocumentUnreadableException("not readable as " + type.name() + ": " + unreadable.getMessage(), unreadable);
        }
    }

    @Override
    public Optional<byte[]> thumbnail(Path file, DocumentType type) {
        try {
            BufferedImage first = switch (type) {
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        PDRectangle box = pdf.getPage(0).getMediaBox();
                        yield new PDFRenderer(pdf).renderImage(0, (float) THUMBNAIL_WIDTH / Math.max(box.getWidth(), 1), ImageType.RGB);
                    }
                }
                case PNG, JPEG, TIFF -> subsampled(file);
                case DOCX, ODT, TXT -> null;
            };
            if (first == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(scaled(first), "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException undrawable) {
            // A list without a picture is no loss; the text and the file are what matter.
            return Optional.empty();
        }
    }

    /** Every n-th pixel only: a 600 dpi scan of a map sheet never comes into memory whole. */
    private static BufferedImage subsampled(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, reader.getWidth(0) / THUMBNAIL_WIDTH);
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, every);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        if (image.getWidth() <= THUMBNAIL_WIDTH) {
            return image;
        }
        int height = Math.max(1, image.getHeight() * THUMBNAIL_WIDTH / image.getWidth());
        BufferedImage small = new BufferedImage(THUMBNAIL_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, THUMBNAIL_WIDTH, height, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    private int pdf(Path file, List<String> languages, Pages pages) throws IOException {
        int withoutText = 0;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            PDFRenderer renderer = null;
            for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = stripper.getText(pdf);
                if (letters(text) >= MIN_LETTERS) {
                    pages.page(number, text.strip(), Source.TEXT_LAYER);
                } else if (ocr.available()) {
                    renderer = renderer == null ? new PDFRenderer(pdf) : renderer;
                    String read = ocrPage(renderer, pdf.getPage(number - 1).getMediaBox(), number - 1, languages);
                    pages.page(number, read.strip(), Source.OCR);
                } else {
                    withoutText++;
                }
            }
        }
        return withoutText;
    }

    private String ocrPage(PDFRenderer renderer, PDRectangle box, int index, List<String> languages) throws IOException {
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        float dpi = (float) Math.min(DPI, Math.sqrt(MAX_PIXELS / Math.max(inches, 0.01)));
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        Path png = Files.createTempFile("archive-page", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return ocr.read(png, languages);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** An image is all scan: OCR or nothing. A multi-page TIFF comes back with its pages parted by form feeds. */
    private int image(Path file, List<String> languages, Pages pages) {
        if (!ocr.available()) {
            return 1;
        }
        String[] read = ocr.read(file, languages).split("\f");
        int number = 0;
        for (String page : read) {
            if (!page.isBlank() || number == 0) {
                pages.page(++number, page.strip(), Source.OCR);
            }
        }
        return 0;
    }

    /** The characters of the document's XML, a line per paragraph or heading; no DTD, no entities from outside. */
    private static String xmlText(Path file, String entry) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry(entry);
            if (part == null) {
                return "";
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            StringBuilder text = new StringBuilder();
            try (InputStream in = zip.getInputStream(part)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.hasNext() && text.length() < DocumentPage.TEXT_MAX) {
                    int event = xml.next();
                    if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                        text.append(xml.getText());
                    } else if (event == XMLStreamReader.END_ELEMENT && (xml.getLocalName().equals("p") || xml.getLocalName().equals("h"))) {
                        text.append('\n');
                    } else if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("tab")) {
                        text.append(' ');
                    }
                }
                xml.close();
            }
            return text.toString().strip();
        }
    }

    private static String plainText(Path file) throws IOException {
        char[] buffer = new char[DocumentPage.TEXT_MAX];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int read = 0;
            for (int n; read < buffer.length && (n = in.read(buffer, read, buffer.length - read)) > 0; ) {
                read += n;
            }
            String text = new String(buffer, 0, read);
            return text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
        }
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
