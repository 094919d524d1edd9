package org.treatyarchive.shared;

/** The caller's roles do not allow what was asked. The attempt is in the security log. */
public class AccessDeniedException extends ArchiveException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
