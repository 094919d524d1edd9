package org.treatyarchive.shared;

import java.util.Objects;

/**
 * A rule of the archive was broken. Names the field it concerns so a form can show the message next
 * to that field, and an API can name the offending parameter.
 */
public class InvalidRecordException extends ArchiveException {

    private final String field;

    public InvalidRecordException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The property path the message concerns, such as {@code entryIntoForce} or {@code participations}. */
    public InvalidRecordException(String field, Phrase phrase) {
        super(phrase);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The same refusal reported under another field (a shared value checked for the record being edited). */
    public InvalidRecordException(String field, InvalidRecordException refused) {
        super(refused.getMessage(), refused.phrase().orElse(null));
        this.field = Objects.requireNonNull(field, "field");
    }

    public String getField() {
        return field;
    }
}
