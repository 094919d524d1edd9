package org.treatyarchive.document;

/**
 * How far a document's text has been read into the search index, for the people who wait for it.
 *
 * @param pagesRead pages whose text is in the index so far
 * @param byOcr     of those, pages read by OCR from their image
 * @param pages     the file's page count, where it has pages
 * @param note      why reading stopped short, or {@code null}
 * @param thumbnail whether a picture of its first page was made for the documents list
 */
public record TextStatus(TextState state, int pagesRead, int byOcr, Integer pages, String note, boolean thumbnail) {

    /** One line for the documents list: whether a search finds what is written in the file yet. */
    public String describe() {
        return switch (state) {
            case PENDING -> "Text not yet read: search does not find its words yet.";
            case READING -> "Text being read" + (pages == null ? "" : ": " + pagesRead + " of " + pages + " pages") + ".";
            case READ -> pagesRead == 0 ? "No text found in it." : "Searchable: " + count(pagesRead) + (byOcr == 0 ? "" : ", "
                    + (byOcr == pagesRead ? "all" : byOcr) + " read by OCR") + ".";
            case NEEDS_OCR -> "Searchable in part: " + note + ".";
            case FAILED -> "Its text could not be read (" + note + "); the file itself is kept as received.";
        };
    }

    /** Whether the reading is over, one way or the other. */
    public boolean settled() {
        return state != TextState.PENDING && state != TextState.READING;
    }

    private static String count(int pages) {
        return pages == 1 ? "1 page" : pages + " pages";
    }
}
