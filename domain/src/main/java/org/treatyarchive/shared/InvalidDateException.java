package org.treatyarchive.shared;

/**
 * Text that is not a date the archive reads, with what the rule said as a {@link Phrase} so that a
 * form can answer in the reader's language. Still an {@link IllegalArgumentException}, which is what
 * the converters and the API's parameters catch.
 */
public class InvalidDateException extends IllegalArgumentException {

    private final transient Phrase phrase;

    public InvalidDateException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public Phrase phrase() {
        return phrase;
    }
}
