package org.treatyarchive.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the text of the files records hold into the search index, and draws each one's thumbnail,
 * one file at a time, in the background: a save never waits for it, and a scan's OCR (seconds a page) never holds a request.
 * A file that cannot be read is noted as such and stays served as it was received.
 */
@ApplicationScoped
@Secured
public class DocumentReading {

    private static final Logger LOG = Logger.getLogger(DocumentReading.class.getName());
    static final int PAGES_PER_COMMIT = 25;

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
    @PermitAll
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
        List<DocumentPage> read = new ArrayList<>();
        try {
            int withoutText = reader.read(file.get(), claim.type(), claim.languages(), (number, words, source) -> {
                read.add(new DocumentPage(claim.sha256(), number, source, words));
                // An OCR page takes seconds: each is worth showing at once. Text-layer pages come by the dozen a second.
                if (source == DocumentPage.Source.OCR || read.size() >= PAGES_PER_COMMIT) {
                    text.pages(claim.sha256(), List.copyOf(read));
                    read.clear();
                }
            });
            if (!read.isEmpty()) {
                text.pages(claim.sha256(), List.copyOf(read));
            }
            boolean thumbnail = reader.thumbnail(file.get(), claim.type()).map(png -> {
                store.keepThumbnail(claim.sha256(), png);
                return true;
            }).orElse(false);
            text.read(claim.sha256(), withoutText, thumbnail);
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
    @PermitAll
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

    /** How many files wait, are read, were read, and those that could not be, for administrators. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public TextOverview overview() {
        return text.overview();
    }

    /** Where reading each of these files stands. */
    @PermitAll
    public Map<String, TextStatus> status(Collection<String> sha256s) {
        return text.status(sha256s);
    }
}
