package org.treatyarchive.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Classification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document an agreement holds: the signed original, an authentic text, a party's instrument of
 * ratification, a map. It names the stored file by its SHA-256 and describes it (what it is, in which
 * language, whose instrument, of which date), with the file's name, type, size and pages as received.
 * Audited with the record, so the history says which documents each revision held. Created only
 * through {@link DocumentList}.
 */
@Entity
@Table(name = "agreement_document")
@Audited
public class AgreementDocument extends BaseEntity {

    public static final int TITLE_MAX = 500;
    public static final int FILE_NAME_MAX = 255;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "sha256", length = DocumentFile.SHA256_LENGTH, nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private DocumentKind kind;

    @Column(name = "title", length = TITLE_MAX, nullable = false)
    private String title;

    @Column(name = "language", length = 35)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @Column(name = "dated")
    private LocalDate dated;

    @Column(name = "file_name", length = FILE_NAME_MAX, nullable = false)
    private String fileName;

    @Column(name = "media_type", length = 100, nullable = false)
    private String mediaType;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "pages")
    private Integer pages;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", length = 20, nullable = false)
    private Classification classification;

    protected AgreementDocument() {
        // for JPA
    }

    AgreementDocument(Agreement agreement, int position, DocumentTerms terms) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.position = position;
        this.sha256 = terms.sha256();
        this.fileName = terms.fileName();
        this.mediaType = terms.mediaType();
        this.size = terms.size();
        this.pages = terms.pages();
        describe(terms);
    }

    /** What an archivist may change of a held document: the file itself is replaced by removing it and adding another. */
    void describe(DocumentTerms terms) {
        this.kind = terms.kind();
        this.title = terms.title();
        this.language = terms.language();
        this.party = terms.party();
        this.dated = terms.dated();
        this.classification = terms.classification();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Agreement getAgreement() { return agreement; }
    public int getPosition() { return position; }
    public String getSha256() { return sha256; }
    public DocumentKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getLanguage() { return language; }
    public Optional<Party> getParty() { return Optional.ofNullable(party); }
    public LocalDate getDated() { return dated; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public Integer getPages() { return pages; }
    public Classification getClassification() { return classification; }
}
