package org.treatyarchive.document;

import java.util.List;
import java.util.Map;

/**
 * Where reading the documents' text stands across the archive, for administrators.
 *
 * @param counts files in each state
 * @param unread files that could not be read or wait for OCR, the last read first ({@link #LISTED} at most)
 */
public record TextOverview(Map<TextState, Long> counts, List<DocumentFile> unread) {

    public static final int LISTED = 100;

    public long count(TextState state) {
        return counts.getOrDefault(state, 0L);
    }
}
