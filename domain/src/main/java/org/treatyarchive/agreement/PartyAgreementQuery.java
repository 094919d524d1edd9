package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a party's page narrows its agreements by. Every part but the party is optional.
 *
 * @param partyCode        the party whose agreements are listed
 * @param withPredecessors whether its predecessors' agreements are listed too (Persia's for Iran)
 * @param otherParty       a second party that must take part as well: "Kazakhstan and Azerbaijan"
 * @param decade           the first year of the decade of signature (1990 for the 1990s)
 */
public record PartyAgreementQuery(String partyCode, boolean withPredecessors, String otherParty, AgreementKind kind,
                                  AgreementStatus status, Integer decade) implements Serializable {

    public PartyAgreementQuery {
        partyCode = code("code", partyCode);
        otherParty = code("other", otherParty);
        if (partyCode == null) {
            throw new InvalidRecordException("code", Phrase.of("party.codeNeeded"));
        }
        if (decade != null && (decade % 10 != 0 || decade < 1000 || decade > 2990)) {
            throw new InvalidRecordException("decade", Phrase.of("search.decade", decade));
        }
    }

    public static PartyAgreementQuery of(String partyCode) {
        return new PartyAgreementQuery(partyCode, true, null, null, null, null);
    }

    /** The agreement list's own filter for the other conditions, within the caller's access. */
    AgreementFilter asFilter() {
        return new AgreementFilter(null, otherParty, kind, decade == null ? null : LocalDate.of(decade, 1, 1),
                decade == null ? null : LocalDate.of(decade + 9, 12, 31), status);
    }

    private static String code(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String value = code.strip().toUpperCase();
        if (!value.matches("[A-Z][A-Z0-9-]{1,19}")) {
            throw new InvalidRecordException(field, Phrase.of("party.notCode", code.strip()));
        }
        return value;
    }
}
