package org.treatyarchive.document;

import org.treatyarchive.shared.InvalidRecordException;

/**
 * A file the archive will not keep, with the reason a person can act on. Nothing of it is stored.
 * The field is {@code file}, so a form shows the message at its upload field and the API names it.
 */
public class DocumentRefusedException extends InvalidRecordException {

    /** Why, as the API's status tells it: too large (413), not a kind the archive keeps (415), or unusable (400). */
    public enum Reason { EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, NAME_DOES_NOT_MATCH, ENCRYPTED, CORRUPT, TOO_LARGE_WHEN_UNPACKED }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String message) {
        super("file", message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
