package org.treatyarchive.web.api;

import org.treatyarchive.agreement.DocumentEntry;

/**
 * A document in the API: what it is, the file as received (checksum, name, type, size, pages) and
 * where its content is.
 *
 * @param id   the document's number in the record as published, {@code null} for one only in a draft change
 * @param href the content, with the checksum in {@code Repr-Digest}
 */
public record DocumentJson(Long id, String sha256, String kind, String title, String language, String party, String dated,
                           String fileName, String mediaType, long size, Integer pages, String classification, String href) {

    static DocumentJson of(String reference, DocumentEntry entry, Long id) {
        return new DocumentJson(id, entry.getSha256(), entry.getKind() == null ? null : entry.getKind().name(), entry.getTitle(),
                entry.getLanguage(), entry.getPartyCode(), entry.getDated() == null ? null : entry.getDated().toString(), entry.getFileName(),
                entry.getMediaType(), entry.getSize(), entry.getPages(),
                entry.getClassification() == null ? null : entry.getClassification().name(),
                "/api/agreements/" + reference + "/documents/" + entry.getSha256() + "/content");
    }
}
