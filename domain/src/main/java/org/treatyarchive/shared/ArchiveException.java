package org.treatyarchive.shared;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/**
 * Root of the business exceptions: a failure the user can understand and act on, as opposed to a
 * bug or an outage. Any transaction it crosses is rolled back, so nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ArchiveException extends RuntimeException {

    /** The message as the rule phrased it, for the interface to give in the reader's language; empty for a message in English only. */
    private final Phrase phrase;

    protected ArchiveException(String message) {
        super(message);
        this.phrase = null;
    }

    protected ArchiveException(Phrase phrase) {
        this(phrase.english(), phrase);
    }

    protected ArchiveException(String message, Phrase phrase) {
        super(message);
        this.phrase = phrase;
    }

    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
