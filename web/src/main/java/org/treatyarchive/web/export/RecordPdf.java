package org.treatyarchive.web.export;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.Article;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.language.LocalizedDates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A record as a print-ready A4 sheet: its titles in every language, facts, parties with their own
 * dates, articles, related agreements, sources and notes, with the reference, the classification
 * and the page on every page. The fonts are embedded (DejaVu Sans, which covers Latin, Cyrillic and
 * Arabic script), and Persian and Arabic text is joined into its contextual letter forms and laid
 * out right to left, which PDFBox leaves to the caller; the text stays extractable and searchable.
 */
public final class RecordPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 56;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    /** In the parties' table, where a column is a sixth of the page. */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The reader's language: the sheet's headings, labels, dates, the names of kinds, statuses and
     * languages, and the parties' names where the register holds them are in it; the record's own texts stay as entered.
     */
    private final InterfaceLanguage language;
    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    private RecordPdf(InterfaceLanguage language) throws IOException {
        this.language = language;
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    /**
     * Writes the record's sheet.
     *
     * @param visible which related agreements the reader may see; the others are left out, as on the record page
     */
    public static void write(Agreement agreement, AgreementStatus status, Predicate<Agreement> visible, InterfaceLanguage language,
                             OutputStream to) throws IOException {
        RecordPdf pdf = new RecordPdf(language);
        try (PDDocument document = pdf.document) {
            pdf.record(agreement, status, visible);
            pdf.out.close();
            pdf.pageMarks(agreement);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(agreement.getReference() + " " + agreement.getOfficialTitle());
            info.setCreator("Treaty Archive");
            info.setCreationDate(Calendar.getInstance());
            document.save(to);
        }
    }

    private void record(Agreement agreement, AgreementStatus status, Predicate<Agreement> visible) throws IOException {
        newPage();
        text(agreement.getReference() + " · " + label(agreement.getKind()), regular, BODY, 0);
        text(agreement.getOfficialTitle(), bold, 15, 0);
        if (agreement.getShortTitle() != null) {
            text(agreement.getShortTitle(), regular, 12, 0);
        }
        if (!agreement.getTitles().isEmpty()) {
            heading(say("pdf.titles"));
            for (LocalizedText title : agreement.getTitles()) {
                fact(LanguageChoice.languageNames(List.of(title.getLanguage()), language), title.getText());
            }
        }
        heading(say("pdf.agreement"));
        fact(say("pdf.kind"), label(agreement.getKind()) + " (" + label(agreement.getFormat()).toLowerCase(language.locale()) + ")");
        fact(say("pdf.status"), label(status));
        fact(say("pdf.signed"), display(agreement.getSigned()) + (agreement.getPlaceOfSignature() == null ? "" : ", " + agreement.getPlaceOfSignature()));
        fact(say("pdf.entryIntoForce"), agreement.getEntryIntoForce() == null ? say("pdf.notRecorded") : display(agreement.getEntryIntoForce()));
        fact(say("pdf.termination"), display(agreement.getTermination()));
        fact(say("pdf.depositary"), agreement.getDepositary());
        if (!agreement.getAuthenticLanguages().isEmpty()) {
            fact(say("pdf.authenticLanguages"), LanguageChoice.languageNames(agreement.getAuthenticLanguages(), language));
        }
        agreement.getEvent().ifPresent(event -> fact(say("pdf.adoptedAt"), event.getName() + ", " + event.getPlace() + ", " + event.getDates()));
        fact(say("pdf.subjects"), agreement.getSubjects().stream().map(Subject::getName).collect(Collectors.joining("; ")));
        fact(say("pdf.registerNumber"), agreement.getExternalId());
        fact(say("pdf.classification"), label(agreement.getClassification()));
        if (agreement.getSummary() != null) {
            heading(say("pdf.summary"));
            text(agreement.getSummary(), regular, BODY, 0);
        }
        parties(agreement.getParticipations());
        if (!agreement.getArticles().isEmpty()) {
            heading(say("pdf.articles"));
            for (Article article : agreement.getArticles()) {
                text(say("pdf.article", article.getNumber()) + (article.getHeading() == null ? "" : " — " + article.getHeading()), bold, BODY, 0);
                if (article.getText() != null) {
                    text(article.getText(), regular, BODY, 0);
                }
                y -= 4;
            }
        }
        List<String> relations = new ArrayList<>();
        for (AgreementRelation relation : agreement.getRelations()) {
            if (visible.test(relation.getTarget())) {
                relations.add(label(relation.getType()) + " " + relation.getTarget().getReference() + " " + relation.getTarget().getDisplayTitle());
            }
        }
        for (AgreementRelation relation : agreement.getIncomingRelations()) {
            if (visible.test(relation.getSource())) {
                relations.add(say("inverse.RelationType." + relation.getType().name()) + " " + relation.getSource().getReference() + " " + relation.getSource().getDisplayTitle());
            }
        }
        if (!relations.isEmpty()) {
            heading(say("pdf.related"));
            relations.forEach(line -> text(line, regular, BODY, 0));
        }
        if (!agreement.getSources().isEmpty()) {
            heading(say("pdf.sources"));
            for (SourceCitation source : agreement.getSources()) {
                text(source.getCitation() + (source.getUrl() == null ? "" : " — " + source.getUrl()), regular, BODY, 0);
            }
        }
        if (!agreement.getNotes().isEmpty()) {
            heading(say("pdf.notes"));
            for (ArchivistNote note : agreement.getNotes()) {
                text(label(note.getKind()) + ": " + note.getText(), regular, BODY, 0);
            }
        }
    }

    /** The parties as a table: who, and each one's own signature, consent, entry into force and withdrawal. */
    private void parties(List<Participation> participations) throws IOException {
        if (participations.isEmpty()) {
            return;
        }
        heading(say("pdf.parties"));
        float[] columns = {0.34f, 0.16f, 0.22f, 0.14f, 0.14f};
        row(columns, bold, say("pdf.party"), say("pdf.partySigned"), say("pdf.consent"), say("pdf.inForce"), say("pdf.withdrawn"));
        for (Participation party : participations) {
            String consent = party.getConsentType() == null ? "" : label(party.getConsentType())
                    + (party.getConsentOn() == null ? "" : ", " + day(party.getConsentOn()));
            row(columns, regular, LanguageChoice.partyName(party.getParty(), language) + " (" + party.getParty().getCode() + ")", day(party.getSignedOn()), consent,
                    day(party.getInForceOn()), day(party.getWithdrawnOn()));
            if (party.getReservations() != null) {
                text(say("pdf.reservations", party.getReservations()), regular, BODY - 1, 12);
            }
        }
    }

    // --- layout ------------------------------------------------------------------------------------

    private void heading(String title) {
        y -= 8;
        text(title, bold, 12, 0);
        y -= 2;
    }

    /** A label and its value; nothing for an empty value, as the record page leaves such lines out. */
    private void fact(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        float labelWidth = width * 0.3f;
        List<String> lines = wrap(value, regular, BODY, width - labelWidth);
        room(lines.size() * BODY * LEADING);
        float top = y;
        // A right-to-left sheet mirrors the pair: the label on the right, its value to its left.
        boolean mirrored = language.rightToLeft();
        y = top - BODY * LEADING;
        drawLine(label, weight(label, bold), BODY, mirrored ? MARGIN + width - labelWidth : MARGIN, labelWidth - 6);
        y = top;
        for (String line : lines) {
            y -= BODY * LEADING;
            drawLine(line, regular, BODY, mirrored ? MARGIN : MARGIN + labelWidth, width - labelWidth);
        }
        y = Math.min(y, top - BODY * LEADING) - 2;
    }

    /** A paragraph, wrapped to the page and continued on the next one. */
    private void text(String text, PDType0Font wanted, float size, float indent) {
        PDType0Font font = weight(text, wanted);
        for (String paragraph : text.split("\\R")) {
            for (String line : wrap(paragraph, font, size, width - indent)) {
                room(size * LEADING);
                y -= size * LEADING;
                drawLine(line, font, size, MARGIN + indent, width - indent);
            }
        }
        y -= 3;
    }

    private void row(float[] given, PDType0Font wanted, String... inOrder) {
        // A right-to-left sheet reads its table from the right: the first column there.
        float[] columns = given.clone();
        String[] cells = inOrder.clone();
        if (language.rightToLeft()) {
            for (int i = 0, j = cells.length - 1; i < j; i++, j--) {
                float column = columns[i];
                columns[i] = columns[j];
                columns[j] = column;
                String cell = cells[i];
                cells[i] = cells[j];
                cells[j] = cell;
            }
        }
        PDType0Font font = weight(String.join(" ", cells), wanted);
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i], font, BODY - 1, columns[i] * width - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        room(height * (BODY - 1) * LEADING + 4);
        float top = y;
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            y = top;
            for (String line : wrapped.get(i)) {
                y -= (BODY - 1) * LEADING;
                drawLine(line, font, BODY - 1, x, columns[i] * width - 6);
            }
            x += columns[i] * width;
        }
        y = top - height * (BODY - 1) * LEADING - 4;
        stroke(MARGIN, y + 2, MARGIN + width);
    }

    /** A line in its own direction: right-to-left text is shaped, put in visual order and set against the right edge. */
    private void drawLine(String line, PDType0Font font, float size, float x, float available) {
        String visual = visual(line);
        boolean rightToLeft = Bidi.getBaseDirection(line) == Bidi.RTL;
        draw(visual, font, size, rightToLeft ? x + available - width(visual, font, size) : x, y);
    }

    private List<String> wrap(String text, PDType0Font font, float size, float available) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(visual(candidate), font, size) > available) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
            // A word longer than the line (an address) is cut, not let past the margin.
            while (width(visual(line.toString()), font, size) > available && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(visual(line.substring(0, cut)), font, size) > available) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Persian and Arabic letters joined as they are written, and the line in the order it is seen. */
    private static String visual(String logical) {
        if (logical.chars().noneMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
            return BIDI_CONTROLS.matcher(logical).replaceAll("");
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
            // The isolates a Persian date carries (the Gregorian date beside it) order the line here; the font has no glyph for them.
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException unshapable) {
            return BIDI_CONTROLS.matcher(logical).replaceAll("");
        }
    }

    /** Marks, embeddings and isolates: invisible, and drawn by no font. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]");

    /** DejaVu Sans Bold has no Arabic letters: Persian in bold is set in the regular weight rather than as gaps. */
    private PDType0Font weight(String text, PDType0Font wanted) {
        if (wanted == bold && text.chars().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
            return regular;
        }
        return wanted;
    }

    /** Characters the font has no glyph for (a title in Chinese) become a question mark rather than stopping the sheet. */
    private String printable(String text, PDType0Font font) {
        StringBuilder kept = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(codePoint -> {
            if (BIDI_CONTROLS.matcher(Character.toString(codePoint)).matches()) {
                // Kept for the reordering, which removes them (visual).
                kept.appendCodePoint(codePoint);
                return;
            }
            boolean known = printable.computeIfAbsent(codePoint, c -> {
                try {
                    font.encode(Character.toString(c));
                    return true;
                } catch (IOException | IllegalArgumentException | IllegalStateException missing) {
                    return false;
                }
            });
            kept.appendCodePoint(known || Character.isWhitespace(codePoint) ? codePoint : '?');
        });
        return kept.toString();
    }

    private void room(float needed) {
        if (y - needed < MARGIN + 20) {
            try {
                out.close();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        y = PDRectangle.A4.getHeight() - MARGIN - 12;
    }

    /**
     * On every page: the reference and the page number below; above, the classification when it is
     * not public and the state when the record is not published, so that a printed draft is never taken for the record.
     */
    private void pageMarks(Agreement agreement) throws IOException {
        int pages = document.getNumberOfPages();
        String printed = say("pdf.printed", LocalizedDates.display(HistoricalDate.ofDay(LocalDate.now(ZoneOffset.UTC)), language));
        for (int number = 1; number <= pages; number++) {
            PDPage page = document.getPage(number - 1);
            try (PDPageContentStream marks = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = marks;
                String footer = say("pdf.footer", agreement.getReference(), String.valueOf(number), String.valueOf(pages), printed);
                draw(visual(footer), regular, 8, language.rightToLeft() ? MARGIN + width - width(visual(footer), regular, 8) : MARGIN, MARGIN - 20);
                List<String> state = new ArrayList<>();
                if (agreement.getClassification() != Classification.PUBLIC) {
                    state.add(label(agreement.getClassification()).toUpperCase(language.locale()));
                }
                if (agreement.getPublication() == Publication.UNPUBLISHED) {
                    state.add(say("pdf.draft"));
                } else if (agreement.getPublication() == Publication.WITHDRAWN) {
                    state.add(say("pdf.withdrawnMark"));
                }
                if (!state.isEmpty()) {
                    String mark = String.join(" · ", state);
                    draw(visual(mark), bold, 9, MARGIN + width - width(visual(mark), bold, 9), PDRectangle.A4.getHeight() - MARGIN + 20);
                }
            }
        }
    }

    private void draw(String text, PDType0Font font, float size, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void stroke(float from, float at, float to) {
        try {
            out.setLineWidth(0.3f);
            out.moveTo(from, at);
            out.lineTo(to, at);
            out.stroke();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException unmeasurable) {
            return text.length() * size * 0.6f;
        }
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = RecordPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not in the archive (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private String display(HistoricalDate date) {
        return date == null ? null : LocalizedDates.display(date, language);
    }

    /** In the parties' table, where a column is a sixth of the page: English abbreviates the month, the others write the day as their pages do. */
    private String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return language == InterfaceLanguage.ENGLISH ? day.format(SHORT_DAY) : LocalizedDates.display(HistoricalDate.ofDay(day), language);
    }

    /** A text of the sheet in the reader's language ({@code pdf.*} in the interface's bundles). */
    private String say(String key, Object... parameters) {
        return LanguageChoice.text(language, key, parameters);
    }

    private String label(Enum<?> value) {
        return LanguageChoice.label(value, language.locale());
    }
}
