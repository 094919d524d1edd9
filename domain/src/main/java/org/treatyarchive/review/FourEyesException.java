package org.treatyarchive.review;

import org.treatyarchive.shared.AccessDeniedException;

/** A reviewer tried to approve work they wrote or submitted themselves. */
public class FourEyesException extends AccessDeniedException {

    public FourEyesException(String message) {
        super(message);
    }
}
