package org.treatyarchive.agreement;

import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

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
 * @param clearance   the most sensitive classification the reader may see; set by the catalogue from
 *                    the caller, never from a request
 * @param unpublished whether records not (or no longer) published are listed too: for the staff who
 *                    enter and review them; set by the catalogue from the caller's roles
 */
public record AgreementFilter(String text, String partyCode, AgreementKind kind, LocalDate signedFrom,
                              LocalDate signedTo, AgreementStatus status, Classification clearance,
                              boolean unpublished) {

    public static final int TEXT_MAX = 200;
    public static final AgreementFilter NONE = new AgreementFilter(null, null, null, null, null, null);

    /** A filter as a reader asks for it; the catalogue adds the clearance. */
    public AgreementFilter(String text, String partyCode, AgreementKind kind, LocalDate signedFrom, LocalDate signedTo,
                           AgreementStatus status) {
        this(text, partyCode, kind, signedFrom, signedTo, status, Classification.PUBLIC, false);
    }

    public AgreementFilter {
        text = blankToNull(text);
        clearance = clearance == null ? Classification.PUBLIC : clearance;
        partyCode = blankToNull(partyCode);
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidRecordException("q", Phrase.of("search.tooLong", TEXT_MAX));
        }
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            throw new InvalidRecordException("signedTo", Phrase.of("search.periodReversed", signedTo, signedFrom));
        }
    }

    /** The same filter for a caller with the given clearance, who sees unpublished records or not. */
    public AgreementFilter withAccess(Classification clearance, boolean unpublished) {
        return new AgreementFilter(text, partyCode, kind, signedFrom, signedTo, status, clearance, unpublished);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
