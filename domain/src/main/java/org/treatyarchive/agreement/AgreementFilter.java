package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;

import java.time.LocalDate;

/**
 * What a reader narrows the agreement list by. Every part is optional; {@link #NONE} lists all.
 *
 * @param text        words in the title or short title, or an archive reference
 * @param partyCode   the code of a party that must be among the parties
 * @param kind        the kind of instrument
 * @param signedFrom  first day of signature, inclusive
 * @param signedTo    last day of signature, inclusive
 * @param status      the derived status on the day of the query
 */
public record AgreementFilter(String text, String partyCode, AgreementKind kind, LocalDate signedFrom,
                              LocalDate signedTo, AgreementStatus status) {

    public static final int TEXT_MAX = 200;
    public static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null);

    public AgreementFilter {
        text = blankToNull(text);
        partyCode = blankToNull(partyCode);
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidRecordException("q", "The search text is too long: at most " + TEXT_MAX + " characters.");
        }
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            throw new InvalidRecordException("signedTo",
                    "The end of the signature period (" + signedTo + ") is before its start (" + signedFrom + ").");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
