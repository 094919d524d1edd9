package org.treatyarchive.agreement;

import org.treatyarchive.shared.HistoricalDate;

import java.util.List;

/** One row of the agreement list: enough to recognise an agreement, without loading the whole record. */
public record AgreementSummary(String reference, String officialTitle, String shortTitle, AgreementKind kind,
                               AgreementFormat format, HistoricalDate signed, String placeOfSignature,
                               AgreementStatus status, List<PartyRef> parties) {

    public AgreementSummary {
        parties = List.copyOf(parties);
    }

    public String displayTitle() {
        return shortTitle != null ? shortTitle : officialTitle;
    }
}
