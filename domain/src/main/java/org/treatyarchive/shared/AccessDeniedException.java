package org.treatyarchive.shared;

/** The caller's roles do not allow what was asked. The attempt is in the security log. */
public class AccessDeniedException extends ArchiveException {

    public AccessDeniedException(String message) {
        super(message);
    }

    /** The refusal as a phrase of the domain's bundle, given to each reader in their language. */
    public AccessDeniedException(Phrase phrase) {
        super(phrase);
    }
}
