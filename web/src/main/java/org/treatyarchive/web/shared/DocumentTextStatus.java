package org.treatyarchive.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.archiving.DocumentFiling;
import org.treatyarchive.document.TextStatus;

import java.util.List;
import java.util.Map;

/**
 * Whether search finds what is written in a listed document yet, for the record page and the form:
 * read once per request for the whole list (one query, not one per row), and read again on the next
 * request, so a page that polls sees the count of pages read grow.
 */
@Named
@RequestScoped
public class DocumentTextStatus {

    @Inject
    DocumentFiling filing;

    private Map<String, TextStatus> known = Map.of();

    /** @param shown the list the document is shown in, all read at the first row */
    public String of(List<DocumentEntry> shown, DocumentEntry document) {
        if (!known.containsKey(document.getSha256())) {
            known = filing.textStatus(shown.stream().map(DocumentEntry::getSha256).toList());
        }
        TextStatus status = known.get(document.getSha256());
        return status == null ? "" : status.describe();
    }

    /** Whether a picture of the document's first page can be shown. */
    public boolean hasThumbnail(List<DocumentEntry> shown, DocumentEntry document) {
        of(shown, document);
        TextStatus status = known.get(document.getSha256());
        return status != null && status.thumbnail();
    }
}
