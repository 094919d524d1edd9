package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;

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
            throw new InvalidRecordException(FORMAT.key(),
                    "The agreement has " + parties + " parties; a bilateral agreement has exactly two.");
        }
    }

    /**
     * Checks the number of parties of a complete record, as opposed to the limits checked at every
     * step: a bilateral agreement binds exactly two parties, a multilateral one at least three.
     */
    void checkComplete(int parties) {
        if (this == BILATERAL && parties != 2) {
            throw new InvalidRecordException(PARTICIPATIONS.key(),
                    "A bilateral agreement has exactly two parties; this one has " + parties + ".");
        }
        if (this == MULTILATERAL && parties < 3) {
            throw new InvalidRecordException(PARTICIPATIONS.key(), "A multilateral agreement has at least three parties; this one has "
                    + parties + ". Record an agreement between two parties as bilateral.");
        }
    }
}
