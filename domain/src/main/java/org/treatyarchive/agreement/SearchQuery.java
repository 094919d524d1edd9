package org.treatyarchive.agreement;

import org.treatyarchive.shared.InvalidRecordException;

/**
 * A full-text search as a reader asks it: words, and the facet values chosen to narrow it. Every
 * part is optional; no words lists everything the other parts allow, newest first.
 *
 * @param decade the first year of a decade of signature (1990 for the 1990s)
 * @param event  the name of the summit or meeting that adopted the agreements
 */
public record SearchQuery(String text, AgreementKind kind, String partyCode, String subject, Integer decade, String event) {

    public static final int TEXT_MAX = 200;

    public SearchQuery {
        text = blankToNull(text);
        partyCode = blankToNull(partyCode) == null ? null : partyCode.strip().toUpperCase();
        subject = blankToNull(subject);
        event = blankToNull(event);
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidRecordException("q", "The search text is too long: at most " + TEXT_MAX + " characters.");
        }
        if (decade != null && decade % 10 != 0) {
            throw new InvalidRecordException("decade", "A decade is given by its first year, such as 1990; " + decade + " is not one.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
