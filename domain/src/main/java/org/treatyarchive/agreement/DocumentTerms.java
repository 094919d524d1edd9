package org.treatyarchive.agreement;

import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.Classification;

import java.time.LocalDate;

/**
 * A document as a record should hold it, for {@link DocumentList#revise}: the stored file (checksum,
 * name, type, size, pages as received) and its description.
 *
 * @param party  whose instrument it is, or {@code null}
 * @param dated  the document's own date (of an instrument, a notification), or {@code null}
 */
public record DocumentTerms(String sha256, String fileName, String mediaType, long size, Integer pages, DocumentKind kind,
                            String title, String language, Party party, LocalDate dated, Classification classification) {
}
