package org.treatyarchive.web.api;

import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.document.TextStatus;

/**
 * A document in the API: what it is, the file as received (checksum, name, type, size, pages) and
 * where its content is.
 *
 * @param id   the document's number in the record as published, {@code null} for one only in a draft change
 * @param href the content, with the checksum in {@code Repr-Digest}
 * @param text how far its text is read into the search index (in the documents list and a document's own
 *             answer; {@code null} inside a record's JSON)
 */
public record DocumentJson(Long id, String sha256, String kind, String title, String language, String party, String dated,
                           String fileName, String mediaType, long size, Integer pages, String classification, String href,
                           Text text) {

    /**
     * @param state     {@code PENDING}, {@code READING}, {@code READ}, {@code NEEDS_OCR} or {@code FAILED}
     * @param pagesRead pages whose text search finds, {@code byOcr} of them read by OCR
     */
    public record Text(String state, int pagesRead, int byOcr, String description) {

        static Text of(TextStatus status) {
            return status == null ? null : new Text(status.state().name(), status.pagesRead(), status.byOcr(), status.describe());
        }
    }

    DocumentJson withText(TextStatus status) {
        return new DocumentJson(id, sha256, kind, title, language, party, dated, fileName, mediaType, size, pages, classification, href,
                Text.of(status));
    }

    static DocumentJson of(String reference, DocumentEntry entry, Long id) {
        return new DocumentJson(id, entry.getSha256(), entry.getKind() == null ? null : entry.getKind().name(), entry.getTitle(),
                entry.getLanguage(), entry.getPartyCode(), entry.getDated() == null ? null : entry.getDated().toString(), entry.getFileName(),
                entry.getMediaType(), entry.getSize(), entry.getPages(),
                entry.getClassification() == null ? null : entry.getClassification().name(),
                "/api/agreements/" + reference + "/documents/" + entry.getSha256() + "/content", null);
    }
}
