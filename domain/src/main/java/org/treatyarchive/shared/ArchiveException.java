package org.treatyarchive.shared;

import jakarta.ejb.ApplicationException;

/**
 * Root of the business exceptions: a failure the user can understand and act on, as opposed to a
 * bug or an outage. Any transaction it crosses is rolled back, so nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ArchiveException extends RuntimeException {

    protected ArchiveException(String message) {
        super(message);
    }
}
