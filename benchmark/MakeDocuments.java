import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.Loader;
import org.treatyarchive.persistence.starter.ScannedPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the benchmark's files: text PDFs (a text layer on every page) and scanned PDFs (image-only
 * pages, Russian and English lines), with the same seed every run. Run with the PDFBox and
 * persistence jars on the class path: java -cp ... benchmark/MakeDocuments.java DIR TEXT_FILES SCAN_FILES PAGES
 */
public class MakeDocuments {

    private static final String[] WORDS = ("agreement parties cooperation caspian sea delimitation seabed sector protocol "
            + "navigation fishing sturgeon convention ratification instrument depositary territorial waters boundary "
            + "commission article annex obligation environment pollution shipping pipeline transit hydrocarbon").split(" ");
    private static final String[] RUSSIAN = {"Соглашение о сотрудничестве в области рыболовства", "Стороны договорились о нижеследующем",
            "Статья первая определяет предмет соглашения", "Настоящий протокол вступает в силу с даты подписания",
            "Совершено в двух подлинных экземплярах", "Каспийское море и его биологические ресурсы"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int textFiles = Integer.parseInt(args[1]);
        int scanFiles = Integer.parseInt(args[2]);
        int pages = Integer.parseInt(args[3]);
        Files.createDirectories(dir);
        Random random = new Random(42);
        for (int f = 0; f < textFiles; f++) {
            try (PDDocument document = new PDDocument()) {
                for (int p = 0; p < pages; p++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                        content.setLeading(14);
                        content.newLineAtOffset(56, 780);
                        for (int line = 0; line < 50; line++) {
                            StringBuilder text = new StringBuilder();
                            for (int w = 0; w < 14; w++) {
                                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                            }
                            content.showText(text.toString() + "f" + f + "p" + p);
                            content.newLine();
                        }
                        content.endText();
                    }
                }
                document.save(dir.resolve("text-" + f + ".pdf").toFile());
            }
        }
        for (int f = 0; f < scanFiles; f++) {
            // The one-page scans stay open until the whole file is saved: imported pages share their resources.
            List<PDDocument> scans = new ArrayList<>();
            try (PDDocument document = new PDDocument()) {
                for (int p = 0; p < pages; p++) {
                    List<String> lines = new ArrayList<>();
                    for (int line = 0; line < 12; line++) {
                        lines.add(RUSSIAN[random.nextInt(RUSSIAN.length)]);
                    }
                    lines.add("Лист " + (p + 1) + ", документ " + f);
                    PDDocument one = Loader.loadPDF(ScannedPage.pdf(lines));
                    scans.add(one);
                    document.importPage(one.getPage(0));
                }
                document.save(dir.resolve("scan-" + f + ".pdf").toFile());
            } finally {
                for (PDDocument one : scans) {
                    one.close();
                }
            }
        }
    }
}
