package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A full-text search as a reader asks it: words, and the facet values chosen to narrow it. Every
 * part is optional; no words lists everything the other parts allow, newest first.
 *
 * @param decade     the first year of a decade of signature (1990 for the 1990s)
 * @param event      the name of the summit or meeting that adopted the agreements
 * @param status     the status derived on the day of the query, as the list shows it
 * @param signedFrom first day of signature, inclusive
 * @param signedTo   last day of signature, inclusive
 */
public record SearchQuery(String text, AgreementKind kind, String partyCode, String subject, Integer decade, String event,
                          AgreementStatus status, LocalDate signedFrom, LocalDate signedTo) implements Serializable {

    public static final int TEXT_MAX = 200;
    public static final SearchQuery ALL = new SearchQuery(null, null, null, null, null, null, null, null, null);

    public SearchQuery {
        text = blankToNull(text);
        partyCode = blankToNull(partyCode) == null ? null : partyCode.strip().toUpperCase();
        subject = blankToNull(subject);
        event = blankToNull(event);
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidRecordException("q", Phrase.of("search.tooLong", TEXT_MAX));
        }
        if (decade != null && (decade % 10 != 0 || decade < 0 || decade > 9990)) {
            throw new InvalidRecordException("decade", Phrase.of("search.decade", decade));
        }
        if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
            throw new InvalidRecordException("signedTo", Phrase.of("search.periodReversed", signedTo, signedFrom));
        }
    }

    /** Words only, as the search box and the suggestions ask. */
    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null);
    }

    /** Whether anything narrows the search beyond the reader's access. */
    public boolean isEmpty() {
        return equals(ALL);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
