package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.Article;
import org.treatyarchive.agreement.DocumentTerms;
import org.treatyarchive.document.DocumentIntake;
import org.treatyarchive.document.DocumentKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the starter records that have articles a document the archive makes itself: a PDF of the
 * record's summary and articles, marked as the archive's own transcription, so that a new
 * installation shows documents, downloads and checksums at once. The Aktau Convention also gets a
 * Russian summary as an image-only PDF, as a scan would come, so that OCR has work from the first
 * start and a Russian word finds it. Neither is a facsimile of any original.
 */
@ApplicationScoped
public class StarterDocuments {

    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int LINE = 92;

    @Inject
    DocumentIntake intake;

    static final String SCANNED = "Aktau Convention";

    /** The Russian summary on the scanned page: the archive's own words, not the Convention's text. */
    static final List<String> RUSSIAN_SUMMARY = List.of(
            "Конвенция о правовом статусе Каспийского моря",
            "Подписана в Актау 12 августа 2018 года",
            "на Пятом Каспийском саммите.",
            "Стороны: Азербайджан, Иран, Казахстан,",
            "Россия и Туркменистан.",
            "Конвенция различает внутренние воды,",
            "территориальные воды, рыболовные зоны",
            "и общее водное пространство.",
            "Дно делится соглашениями соседних государств.",
            "Вооружённые силы других государств",
            "на Каспийском море не допускаются.",
            "Краткое изложение составлено архивом.");

    /** Adds the documents to the record, in the loader's transaction (a rollback removes the files again). */
    void transcribe(Agreement agreement) {
        if (agreement.getArticles().isEmpty()) {
            return;
        }
        List<DocumentTerms> documents = new ArrayList<>();
        documents.add(kept(agreement.getReference() + "-transcription.pdf", pdfOf(agreement), DocumentKind.OTHER,
                "Transcription of the summary and articles (made by the archive)", "en", agreement));
        if (SCANNED.equals(agreement.getShortTitle())) {
            documents.add(kept(agreement.getReference() + "-summary-ru-scan.pdf", ScannedPage.pdf(RUSSIAN_SUMMARY), DocumentKind.OTHER,
                    "Russian summary, scanned without a text layer (made by the archive)", "ru", agreement));
        }
        agreement.documents().revise(documents);
    }

    private DocumentTerms kept(String fileName, byte[] content, DocumentKind kind, String title, String language, Agreement agreement) {
        DocumentIntake.Kept kept = intake.take(fileName, new ByteArrayInputStream(content));
        return new DocumentTerms(kept.sha256(), fileName, kept.type().mediaType(), kept.size(), kept.pages(), kind, title, language,
                null, null, agreement.getClassification());
    }

    private static byte[] pdfOf(Agreement agreement) {
        List<String> lines = new ArrayList<>();
        lines.add(agreement.getReference() + " - " + agreement.getOfficialTitle());
        lines.add("Signed " + agreement.getSigned().display() + (agreement.getPlaceOfSignature() == null ? "" : ", " + agreement.getPlaceOfSignature()));
        lines.add("Transcription made by the archive from its record; not a facsimile of the signed original.");
        lines.add("");
        if (agreement.getSummary() != null) {
            lines.addAll(wrap(agreement.getSummary()));
            lines.add("");
        }
        for (Article article : agreement.getArticles()) {
            lines.add("Article " + article.getNumber() + (article.getHeading() == null ? "" : " - " + article.getHeading()));
            lines.addAll(wrap(article.getText() == null ? "" : article.getText()));
            lines.add("");
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        content.showText(latin(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Could not write the starter transcription of " + agreement.getReference(), impossible);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard PDF fonts know Latin-1 only; the archive's own transcriptions are in English, dashes and quotes simplified. */
    private static String latin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .toCharArray()) {
            out.append(c < 256 ? c : '?');
        }
        return out.toString();
    }
}
