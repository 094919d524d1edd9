package org.treatyarchive.document;

/** Where reading a stored file's text for the search index stands. */
public enum TextState {
    /** Stored, not yet read: it waits for a record to hold it and for the background reader. */
    PENDING,
    /** Being read now, page by page. */
    READING,
    /** Every page read, from its text layer or by OCR. */
    READ,
    /** Read as far as the text layer goes; the pages without one wait for OCR to be installed. */
    NEEDS_OCR,
    /** Could not be read at all (the note says why); the file itself is kept and served as ever. */
    FAILED
}
