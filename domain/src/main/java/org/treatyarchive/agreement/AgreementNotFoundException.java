package org.treatyarchive.agreement;

import org.treatyarchive.shared.NotFoundException;

/** No agreement with the reference asked for is visible to the caller. */
public class AgreementNotFoundException extends NotFoundException {

    public AgreementNotFoundException(String reference) {
        super("There is no agreement with the reference " + reference + ".");
    }
}
