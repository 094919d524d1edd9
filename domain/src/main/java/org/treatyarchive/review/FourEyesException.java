package org.treatyarchive.review;

import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Phrase;

/** A reviewer tried to approve work they wrote or submitted themselves. */
public class FourEyesException extends AccessDeniedException {

    public FourEyesException(String message) {
        super(message);
    }

    /** The refusal as a phrase of the domain's bundle, given to each reader in their language. */
    public FourEyesException(Phrase phrase) {
        super(phrase);
    }
}
