package org.treatyarchive.agreement;

import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Phrase;

/** No agreement with the reference asked for is visible to the caller. */
public class AgreementNotFoundException extends NotFoundException {

    public AgreementNotFoundException(String reference) {
        super(Phrase.of("agreement.none", reference));
    }

    public AgreementNotFoundException(Phrase phrase) {
        super(phrase);
    }
}
