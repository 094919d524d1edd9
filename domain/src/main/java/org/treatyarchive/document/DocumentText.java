package org.treatyarchive.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The register's side of reading a file's text: each step its own short transaction, so that pages
 * read are in the index within seconds (staff watch the count grow) and a reader that dies loses a
 * few pages, not the file. No user calls these: {@link DocumentReading} does, in the background.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DocumentText {

    /** A reading not finished after this long was interrupted (OCR of the largest scan takes minutes, not this). */
    static final Duration STALE = Duration.ofMinutes(30);

    @Inject
    DocumentFileRepository files;

    private final Clock clock = Clock.systemUTC();

    /** A file taken for reading, with what the reader needs to know of it. */
    public record Claim(String sha256, DocumentType type, List<String> languages) {
    }

    public Optional<Claim> claim() {
        Instant now = clock.instant();
        return files.claimForReading(now, now.minus(STALE)).flatMap(files::find).map(file -> {
            files.removePages(file.getSha256());
            file.startReading(now);
            DocumentType type = DocumentType.ofMediaType(file.getMediaType()).orElseThrow(() ->
                    new IllegalStateException(file.getSha256() + " has a media type the archive does not keep: " + file.getMediaType()));
            return new Claim(file.getSha256(), type, files.languagesOf(file.getSha256()));
        });
    }

    /** Pages read, in one transaction: each commit also waits for the search index to commit. */
    public void pages(String sha256, List<DocumentPage> read) {
        DocumentFile file = files.find(sha256).orElseThrow();
        for (DocumentPage page : read) {
            files.addPage(page);
            file.pageRead(page.getSource() == DocumentPage.Source.OCR);
        }
    }

    public void read(String sha256, int withoutText, boolean thumbnail) {
        files.find(sha256).ifPresent(file -> {
            file.textRead(withoutText, clock.instant());
            if (thumbnail) {
                file.thumbnailMade();
            }
        });
    }

    public void failed(String sha256, String why) {
        files.find(sha256).ifPresent(file -> file.textFailed(why, clock.instant()));
    }

    public int readAgainWhereOcrWaits() {
        return files.readAgainWhereOcrWaits();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TextOverview overview() {
        return new TextOverview(files.countByTextState(), files.unread(TextOverview.LISTED));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TextStatus> status(Collection<String> sha256s) {
        return sha256s.isEmpty() ? Map.of()
                : files.findAll(sha256s).stream().collect(Collectors.toMap(DocumentFile::getSha256, DocumentFile::textStatus));
    }
}
