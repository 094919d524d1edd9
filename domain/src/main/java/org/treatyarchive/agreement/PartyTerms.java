package org.treatyarchive.agreement;

import org.treatyarchive.party.Party;

import java.time.LocalDate;

/**
 * A party's part in an agreement as an archivist enters it in one go, for
 * {@link PartyList#revise(java.util.List)}; every date may be unknown.
 */
public record PartyTerms(Party party, LocalDate signedOn, ConsentType consentType, LocalDate consentOn,
                         LocalDate inForceOn, LocalDate withdrawnOn, String reservations) {

    public static PartyTerms of(Party party) {
        return new PartyTerms(party, null, null, null, null, null, null);
    }
}
