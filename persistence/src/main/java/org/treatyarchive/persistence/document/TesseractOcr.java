package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.document.DocumentReader.DocumentUnreadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * OCR by Tesseract, run as a separate process (the Debian package {@code tesseract-ocr} and its
 * language data): a crash or a runaway page kills that process, never the archive. One thread per
 * run ({@code OMP_THREAD_LIMIT=1}), so that reading scans in the background leaves the other cores
 * to the readers. {@code ARCHIVE_OCR_COMMAND} names the program (default {@code tesseract}), or
 * {@code off}.
 */
@ApplicationScoped
public class TesseractOcr {

    private static final Logger LOG = Logger.getLogger(TesseractOcr.class.getName());
    private static final long PAGE_TIMEOUT_SECONDS = 300;

    /** BCP 47 primary language (and script) to Tesseract's language data; Debian has no Turkmen data. */
    private static final Map<String, String> LANGUAGES = Map.of("en", "eng", "ru", "rus", "fa", "fas", "az", "aze",
            "az-cyrl", "aze_cyrl", "kk", "kaz", "tk", "tuk", "fr", "fra", "de", "deu", "uz", "uzb");

    /** The program, or {@code off}; read from the configuration when not set. */
    volatile String command;
    private volatile Set<String> installed;

    /** Whether the program runs here, with at least one language. */
    public boolean available() {
        return !installed().isEmpty();
    }

    /**
     * The text Tesseract reads in an image file; pages of a multi-page TIFF are parted by form feeds.
     *
     * @param languages BCP 47 tags, most likely first
     */
    public String read(Path image, List<String> languages) {
        String command = command();
        Path output = null;
        try {
            output = Files.createTempFile("archive-ocr", ".txt");
            ProcessBuilder tesseract = new ProcessBuilder(command, image.toString(), "stdout", "-l", languageArgument(languages, installed()))
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            tesseract.environment().put("OMP_THREAD_LIMIT", "1");
            Process run = tesseract.start();
            if (!run.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new DocumentUnreadableException("OCR gave up after " + PAGE_TIMEOUT_SECONDS + " seconds on one page", null);
            }
            if (run.exitValue() != 0) {
                throw new DocumentUnreadableException("OCR could not read the image (Tesseract exit code " + run.exitValue() + ")", null);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new DocumentUnreadableException("OCR could not be run: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DocumentUnreadableException("OCR was interrupted (the archive is stopping)", interrupted);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleaning removes it
                }
            }
        }
    }

    /**
     * The {@code -l} argument: the records' languages Tesseract has data for, then English, which
     * most treaty scans also carry (references, headers).
     */
    static String languageArgument(List<String> languages, Set<String> installed) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String tag : languages) {
            String lower = tag.toLowerCase(Locale.ROOT);
            String primary = lower.split("-")[0];
            String data = LANGUAGES.getOrDefault(lower.startsWith("az-cyrl") ? "az-cyrl" : primary, primary);
            if (installed.contains(data)) {
                chosen.add(data);
            }
        }
        if (installed.contains("eng")) {
            chosen.add("eng");
        }
        if (chosen.isEmpty()) {
            installed.stream().filter(data -> !data.equals("osd")).sorted().findFirst().ifPresent(chosen::add);
        }
        return String.join("+", chosen);
    }

    private Set<String> installed() {
        Set<String> known = installed;
        if (known == null) {
            known = listLanguages();
            installed = known;
        }
        return known;
    }

    private Set<String> listLanguages() {
        String command = command();
        if (command.equalsIgnoreCase("off")) {
            return Set.of();
        }
        try {
            Process list = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!list.waitFor(30, TimeUnit.SECONDS) || list.exitValue() != 0) {
                return Set.of();
            }
            List<String> names = new ArrayList<>();
            out.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty() && !line.equals("osd")).forEach(names::add);
            LOG.info(() -> "OCR by " + command + " with the languages " + names + ".");
            return Set.copyOf(names);
        } catch (IOException notInstalled) {
            return Set.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    private String command() {
        if (command == null) {
            command = ConfigProvider.getConfig(TesseractOcr.class.getClassLoader())
                    .getOptionalValue("archive.ocr.command", String.class).map(String::strip).filter(value -> !value.isEmpty())
                    .orElse("tesseract");
        }
        return command;
    }
}
