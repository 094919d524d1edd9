package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.shared.Classification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A document as the edit form (and a draft change) holds it: the stored file it names, as received,
 * and the description an archivist gives it. A row of {@link AgreementEdit}'s documents table.
 */
public class DocumentEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sha256;
    private String fileName;
    private String mediaType;
    private long size;
    private Integer pages;
    @NotNull(message = "Choose what the document is (signed original, authentic text...).")
    private DocumentKind kind = DocumentKind.SIGNED_ORIGINAL;
    @NotBlank(message = "Enter the document's title, or remove it.")
    @Size(max = AgreementDocument.TITLE_MAX, message = "The document's title is too long: at most {max} characters.")
    private String title;
    private String language;
    private String partyCode;
    private LocalDate dated;
    /** {@code null}: as its record, whatever the record's classification is when it is saved. */
    private Classification classification;

    public DocumentEntry() {
    }

    /** A received file, described by default as the record's signed original in its name's words. */
    public DocumentEntry(String sha256, String fileName, String mediaType, long size, Integer pages) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.pages = pages;
        int dot = fileName.lastIndexOf('.');
        this.title = dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public static DocumentEntry of(AgreementDocument document) {
        DocumentEntry entry = new DocumentEntry(document.getSha256(), document.getFileName(), document.getMediaType(), document.getSize(),
                document.getPages());
        entry.kind = document.getKind();
        entry.title = document.getTitle();
        entry.language = document.getLanguage();
        entry.partyCode = document.getParty().map(party -> party.getCode()).orElse(null);
        entry.dated = document.getDated();
        entry.classification = document.getClassification();
        return entry;
    }

    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getMediaType() { return mediaType; }
    public void setMediaType(String mediaType) { this.mediaType = mediaType; }
    public long getSize() { return size; }
    public void setSize(long size) { this.size = size; }
    public Integer getPages() { return pages; }
    public void setPages(Integer pages) { this.pages = pages; }
    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getPartyCode() { return partyCode; }
    public void setPartyCode(String partyCode) { this.partyCode = partyCode; }
    public LocalDate getDated() { return dated; }
    public void setDated(LocalDate dated) { this.dated = dated; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
}
