package org.treatyarchive.agreement;

import java.io.Serializable;

import java.time.LocalDate;

/**
 * One agreement as a party's page lists it: the agreement, and that party's own terms in it, which
 * differ from the agreement's (Kazakhstan ratified the Aktau Convention on its own day, and it is
 * not in force for anyone yet).
 *
 * @param asParty the party that took part: the page's party, or a predecessor whose agreement it inherited
 */
public record PartyAgreement(AgreementSummary agreement, PartyRef asParty, LocalDate signedOn, ConsentType consentType,
                         LocalDate consentOn, LocalDate inForceOn, LocalDate withdrawnOn, String reservations) implements Serializable {

    /** Whether the party took part through a predecessor (Iran in Turkmenchay, as Persia). */
    public boolean throughPredecessorOf(String partyCode) {
        return !asParty.code().equals(partyCode);
    }
}
