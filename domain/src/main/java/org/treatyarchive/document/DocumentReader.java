package org.treatyarchive.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads what is written in a stored file, page by page: from the text layer where there is one,
 * by OCR from the page's image where there is none (a scan).
 */
public interface DocumentReader {

    /** Told each page's text as it is read, in page order. */
    @FunctionalInterface
    interface Pages {
        void page(int number, String text, DocumentPage.Source source);
    }

    /**
     * @param languages BCP 47 tags of the languages the records holding the file give it, for OCR to
     *                  read the right script; may be empty
     * @return how many pages stayed without text because OCR is not available here
     * @throws DocumentUnreadableException when the file cannot be read at all
     */
    int read(Path file, DocumentType type, List<String> languages, Pages pages);

    /**
     * A small PNG of the first page (of a PDF) or of the image, for the documents list; empty for
     * files that have no page to show (word-processing and text files) or that cannot be drawn.
     */
    Optional<byte[]> thumbnail(Path file, DocumentType type);

    /** Whether pages without a text layer can be read here (Tesseract installed and not turned off). */
    boolean ocrAvailable();

    /** Why a file's text could not be read: a note for staff, not a failure of the archive. */
    class DocumentUnreadableException extends RuntimeException {

        public DocumentUnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
