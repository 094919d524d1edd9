package org.treatyarchive.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The text of one page of a stored file, as the search index reads it. Kept per file (by checksum),
 * not per record: who may find it is decided by the records that hold the file, at search time.
 * Written once by the background reader and never edited.
 */
@Entity
@Table(name = "document_page")
public class DocumentPage implements Serializable {

    /** More than any real page holds; a text file or a word-processing file is one "page" cut here. */
    public static final int TEXT_MAX = 1_000_000;

    /** Where a page's text came from. */
    public enum Source { TEXT_LAYER, OCR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sha256", length = DocumentFile.SHA256_LENGTH, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "page_no", nullable = false, updatable = false)
    private int page;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false, updatable = false)
    private Source source;

    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private String text;

    protected DocumentPage() {
        // for JPA
    }

    public DocumentPage(String sha256, int page, Source source, String text) {
        if (page < 1) {
            throw new IllegalArgumentException("Pages are counted from 1, not " + page);
        }
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.page = page;
        this.source = Objects.requireNonNull(source, "source");
        String whole = Objects.requireNonNull(text, "text");
        this.text = whole.length() > TEXT_MAX ? whole.substring(0, TEXT_MAX) : whole;
    }

    public Long getId() { return id; }
    public String getSha256() { return sha256; }
    public int getPage() { return page; }
    public Source getSource() { return source; }
    public String getText() { return text; }
}
