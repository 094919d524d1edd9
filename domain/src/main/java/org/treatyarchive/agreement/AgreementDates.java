package org.treatyarchive.agreement;

import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.treatyarchive.agreement.AgreementField.ENTRY_INTO_FORCE;
import static org.treatyarchive.agreement.AgreementField.SIGNED;
import static org.treatyarchive.agreement.AgreementField.TERMINATION;

/**
 * The three dates of an agreement's life and the rules that hold between them: a signature the
 * archive can have recorded, entry into force not before signature, termination not before either.
 * A value: every change makes a new one, checked as a whole, so the agreement never holds a set of
 * dates that was valid only half-way through a change.
 *
 * @param signed         the date of signature, as precisely as known; required
 * @param entryIntoForce {@code null} when not in force or not known
 * @param termination    {@code null} when not terminated or not known
 */
public record AgreementDates(HistoricalDate signed, HistoricalDate entryIntoForce, HistoricalDate termination) {

    /** The earliest year of signature the archive accepts; older instruments are outside its remit. */
    public static final int EARLIEST_SIGNATURE_YEAR = 1000;

    /**
     * Checks the dates against each other rather than against any dates they replace: moving all
     * three later in one save is allowed.
     */
    public AgreementDates {
        signed = plausibleSignature(signed);
        checkNotBefore(entryIntoForce, signed, ENTRY_INTO_FORCE, "Entry into force", "signature");
        checkNotBefore(termination, signed, TERMINATION, "Termination", "signature");
        checkNotBefore(termination, entryIntoForce, TERMINATION, "Termination", "entry into force");
    }

    public static AgreementDates signedOn(HistoricalDate signed) {
        return new AgreementDates(signed, null, null);
    }

    public AgreementDates withSignature(HistoricalDate date) {
        return new AgreementDates(date, entryIntoForce, termination);
    }

    /** Entry into force is checked against signature before termination is checked against it. */
    public AgreementDates withEntryIntoForce(HistoricalDate date) {
        checkNotBefore(date, signed, ENTRY_INTO_FORCE, "Entry into force", "signature");
        return new AgreementDates(signed, date, termination);
    }

    public AgreementDates withTermination(HistoricalDate date) {
        return new AgreementDates(signed, entryIntoForce, date);
    }

    /**
     * A date of signature must be one an agreement can have: not before {@link #EARLIEST_SIGNATURE_YEAR}
     * (a mistyped year such as 0201 or 0000) and not in the future (a typo such as 2999; an agreement
     * is recorded once signed). "Tomorrow" allows for a signature in a time zone ahead of the server.
     */
    private static HistoricalDate plausibleSignature(HistoricalDate date) {
        HistoricalDate signed = Check.required(SIGNED.key(), "The date of signature", date);
        if (signed.year() < EARLIEST_SIGNATURE_YEAR) {
            throw new InvalidRecordException(SIGNED.key(), Phrase.of("dates.signatureTooEarly", signed, String.valueOf(EARLIEST_SIGNATURE_YEAR)));
        }
        if (signed.earliest().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new InvalidRecordException(SIGNED.key(), Phrase.of("dates.signatureInFuture", signed));
        }
        return signed;
    }

    private static void checkNotBefore(HistoricalDate later, HistoricalDate earlier, AgreementField field, String laterLabel,
                                       String earlierLabel) {
        if (later != null && earlier != null && later.isCertainlyBefore(earlier)) {
            throw new InvalidRecordException(field.key(), Phrase.of("dates.before", Phrase.label(laterLabel), later, Phrase.label(earlierLabel), earlier));
        }
    }
}
