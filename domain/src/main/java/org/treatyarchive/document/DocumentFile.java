package org.treatyarchive.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A file in the store, as the archive promised to keep it: its checksum, size, type and pages, when
 * it was stored, and what the last fixity audit found. Records refer to it by its checksum; it
 * changes only when an audit looks at the file again.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    public static final int SHA256_LENGTH = 64;

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

    public String getSha256() { return sha256; }
    public long getSize() { return size; }
    public String getMediaType() { return mediaType; }
    public Integer getPages() { return pages; }
    public Instant getStoredAt() { return storedAt; }
    public Fixity getFixity() { return fixity; }
    public Instant getCheckedAt() { return checkedAt; }
}
