package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import static org.treatyarchive.agreement.AgreementField.FORMAT;
import static org.treatyarchive.agreement.AgreementField.PARTICIPATIONS;

/** How many parties an agreement binds: exactly two, or three and more. */
public enum AgreementFormat {
    BILATERAL("Bilateral"),
    MULTILATERAL("Multilateral");

    private final String label;

    AgreementFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Refuses this format for an agreement that already has more parties than it allows. */
    void checkAllows(int parties) {
        if (this == BILATERAL && parties > 2) {
            throw new InvalidRecordException(FORMAT.key(), Phrase.of("format.tooManyForBilateral", parties));
        }
    }

    /**
     * Checks the number of parties of a complete record, as opposed to the limits checked at every
     * step: a bilateral agreement binds exactly two parties, a multilateral one at least three.
     */
    void checkComplete(int parties) {
        if (this == BILATERAL && parties != 2) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("format.bilateralCount", parties));
        }
        if (this == MULTILATERAL && parties < 3) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), Phrase.of("format.multilateralCount", parties));
        }
    }
}
