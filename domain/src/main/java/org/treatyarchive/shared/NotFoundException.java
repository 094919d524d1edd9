package org.treatyarchive.shared;

/** The record asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends ArchiveException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Phrase phrase) {
        super(phrase);
    }
}
