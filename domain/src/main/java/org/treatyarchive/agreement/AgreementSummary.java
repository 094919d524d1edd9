package org.treatyarchive.agreement;

import org.treatyarchive.shared.HistoricalDate;

import java.io.Serializable;
import java.util.List;

/** One row of the agreement list: enough to recognise an agreement, without loading the whole record. */
public record AgreementSummary(String reference, String officialTitle, String shortTitle, AgreementKind kind,
                               AgreementFormat format, HistoricalDate signed, String placeOfSignature,
                               AgreementStatus status, List<PartyRef> parties,
                               Publication publication) implements Serializable {

    public AgreementSummary {
        parties = List.copyOf(parties);
    }

    /** Whether readers see it; staff lists show the others with a mark. */
    public boolean published() {
        return publication == Publication.PUBLISHED;
    }

    public String displayTitle() {
        return shortTitle != null ? shortTitle : officialTitle;
    }
}
