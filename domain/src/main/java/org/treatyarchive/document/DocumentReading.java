package org.treatyarchive.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the text of the files records hold into the search index, one file at a time, in the
 * background: a save never waits for it, and a scan's OCR (seconds a page) never holds a request.
 * A file that cannot be read is noted as such and stays served as it was received.
 */
@ApplicationScoped
public class DocumentReading {

    private static final Logger LOG = Logger.getLogger(DocumentReading.class.getName());

    @Inject
    DocumentText text;

    @Inject
    DocumentReader reader;

    @Inject
    DocumentStore store;

    /**
     * Reads the next file that waits, if any.
     *
     * @return whether there was one
     */
    public boolean readNext() {
        Optional<DocumentText.Claim> claimed = text.claim();
        if (claimed.isEmpty()) {
            return false;
        }
        DocumentText.Claim claim = claimed.get();
        Optional<Path> file = store.local(claim.sha256());
        if (file.isEmpty()) {
            text.failed(claim.sha256(), "the file is missing from the store");
            return true;
        }
        try {
            int withoutText = reader.read(file.get(), claim.type(), claim.languages(),
                    (number, words, source) -> text.page(claim.sha256(), number, words, source));
            text.read(claim.sha256(), withoutText);
        } catch (DocumentReader.DocumentUnreadableException unreadable) {
            text.failed(claim.sha256(), unreadable.getMessage());
        } catch (RuntimeException failure) {
            // Noted on the file, so that one bad file does not come back on every round.
            LOG.log(Level.WARNING, "Could not read the text of " + claim.sha256(), failure);
            text.failed(claim.sha256(), "the reader failed: " + failure.getMessage());
        }
        return true;
    }

    /** At start: files that waited for OCR are read again when this server has it. */
    public void requeueForOcr() {
        if (reader.ocrAvailable()) {
            int again = text.readAgainWhereOcrWaits();
            if (again > 0) {
                LOG.info(() -> "OCR is available: reading " + again + " documents again whose scanned pages had no text yet.");
            }
        } else {
            LOG.warning("OCR (Tesseract) is not installed or is turned off: scanned pages stay out of the search index "
                    + "until it is (see the README, \"Documents\").");
        }
    }

    /** Where reading each of these files stands. */
    public Map<String, TextStatus> status(Collection<String> sha256s) {
        return text.status(sha256s);
    }
}
