package org.treatyarchive.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A file in the store, as the archive promised to keep it: its checksum, size, type and pages, when
 * it was stored, and what the last fixity audit found. Records refer to it by its checksum; it
 * changes only when an audit looks at the file again, and while its text is read for the search index
 * (in the background, after it was stored: reading a scan with OCR takes seconds a page).
 */
@Entity
@Table(name = "document_file")
public class DocumentFile implements Serializable {

    public static final int SHA256_LENGTH = 64;
    static final int TEXT_NOTE_MAX = 500;

    /** What the fixity audit last found at the file's address. */
    public enum Fixity { UNCHECKED, INTACT, DAMAGED, MISSING }

    @Id
    @Column(name = "sha256", length = SHA256_LENGTH, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size", nullable = false, updatable = false)
    private long size;

    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "pages")
    private Integer pages;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "fixity", length = 20, nullable = false)
    private Fixity fixity = Fixity.UNCHECKED;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_state", length = 20, nullable = false)
    private TextState textState = TextState.PENDING;

    @Column(name = "text_pages", nullable = false)
    private int textPages;

    @Column(name = "ocr_pages", nullable = false)
    private int ocrPages;

    @Column(name = "text_note", length = TEXT_NOTE_MAX)
    private String textNote;

    @Column(name = "text_claimed_at")
    private Instant textClaimedAt;

    @Column(name = "text_read_at")
    private Instant textReadAt;

    @Column(name = "thumbnail", nullable = false)
    private boolean thumbnail;

    protected DocumentFile() {
        // for JPA
    }

    public DocumentFile(String sha256, long size, DocumentType type, Integer pages, Instant storedAt) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.size = size;
        this.mediaType = type.mediaType();
        this.pages = pages;
        this.storedAt = Objects.requireNonNull(storedAt, "storedAt");
    }

    /** Notes what an audit found; a damaged or missing file stays so until an audit finds it whole again. */
    public void audited(Fixity found, Instant at) {
        this.fixity = Objects.requireNonNull(found, "found");
        this.checkedAt = at;
    }

    /** A reader took the file: what an earlier, interrupted reading counted starts again. */
    void startReading(Instant at) {
        this.textState = TextState.READING;
        this.textClaimedAt = at;
        this.textPages = 0;
        this.ocrPages = 0;
        this.textNote = null;
    }

    /** One more page's text is in the index. */
    void pageRead(boolean byOcr) {
        requireReading();
        textPages++;
        if (byOcr) {
            ocrPages++;
        }
    }

    /**
     * The reading is over.
     *
     * @param withoutText pages that stayed without text because no OCR could read them here
     */
    void textRead(int withoutText, Instant at) {
        requireReading();
        this.textState = withoutText > 0 ? TextState.NEEDS_OCR : TextState.READ;
        this.textNote = withoutText > 0 ? withoutText + (withoutText == 1 ? " page has" : " pages have")
                + " no text layer and OCR is not installed on this server" : null;
        this.textReadAt = at;
    }

    /** The store holds a picture of its first page now. */
    void thumbnailMade() {
        this.thumbnail = true;
    }

    void textFailed(String why, Instant at) {
        this.textState = TextState.FAILED;
        this.textNote = why == null ? "unknown failure" : why.length() > TEXT_NOTE_MAX ? why.substring(0, TEXT_NOTE_MAX) : why;
        this.textReadAt = at;
    }

    /** Where reading its text stands, as staff are told it. */
    public TextStatus textStatus() {
        return new TextStatus(textState, textPages, ocrPages, pages, textNote, thumbnail);
    }

    private void requireReading() {
        if (textState != TextState.READING) {
            throw new IllegalStateException(sha256 + " is not being read (" + textState + ")");
        }
    }

    public String getSha256() { return sha256; }
    public long getSize() { return size; }
    public String getMediaType() { return mediaType; }
    public Integer getPages() { return pages; }
    public Instant getStoredAt() { return storedAt; }
    public Fixity getFixity() { return fixity; }
    public Instant getCheckedAt() { return checkedAt; }
}
