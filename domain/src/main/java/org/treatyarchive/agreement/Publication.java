package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

/**
 * Whether readers see a record. Only a reviewer's approval moves it: an archivist's new record stays
 * unpublished until someone else has checked it, and a withdrawal is approved the same way.
 */
public enum Publication {
    /** Entered but not yet approved: archivists and reviewers see it, readers do not. */
    UNPUBLISHED("Not yet published"),
    /** Approved; readers see it, within their clearance. */
    PUBLISHED("Published"),
    /** Taken out of the public archive after review; kept, with its history, for the staff. */
    WITHDRAWN("Withdrawn");

    private final String label;

    Publication(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** What a withdrawal leaves: only a published record can be withdrawn. */
    Publication withdrawn(String reference) {
        if (this != PUBLISHED) {
            throw new InvalidRecordException(AgreementField.PUBLICATION.key(), Phrase.of(this == WITHDRAWN ? "withdraw.withdrawn" : "withdraw.unpublished", reference));
        }
        return WITHDRAWN;
    }
}
