package org.treatyarchive.web.language;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.treatyarchive.shared.HistoricalDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;

/**
 * A historical date as readers of each language write it, exactly as precise as the record: a
 * month or a year is never given a day. Russian writes "12 августа 2018 г.", "июнь 1997 г.",
 * "2008 г."; Persian gives the Solar Hijri date first, in Persian digits, with the Gregorian one the
 * record holds beside it, and a Gregorian month or year as the Solar Hijri span it falls in
 * (2008 is "۱۳۸۶–۱۳۸۷": Nowruz falls inside it).
 */
public final class LocalizedDates {

    static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private static final ULocale RUSSIAN = new ULocale("ru");
    private static final ULocale SOLAR_HIJRI = new ULocale("fa_IR@calendar=persian");

    private LocalizedDates() {
    }

    public static String display(HistoricalDate date, InterfaceLanguage language) {
        if (date == null) {
            return "";
        }
        return switch (language) {
            case ENGLISH -> date.display();
            case RUSSIAN -> russian(date);
            // The Gregorian date is isolated left to right: bare, "(12 August 2018)" in a Persian line reorders into "12) August 2018)".
            case PERSIAN -> persian(date) + " (" + LEFT_TO_RIGHT_ISOLATE + date.display() + POP_DIRECTIONAL_ISOLATE + ")";
        };
    }

    /**
     * A moment of the archive's own (a save, a review step): the day as the language writes days, then the
     * time in UTC, as in English "4 December 2026, 03:16 UTC".
     */
    public static String moment(Instant at, InterfaceLanguage language) {
        if (at == null) {
            return "";
        }
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        return display(HistoricalDate.ofDay(utc.toLocalDate()), language) + ", " + String.format(Locale.ROOT, "%02d:%02d UTC", utc.getHour(), utc.getMinute());
    }

    private static String russian(HistoricalDate date) {
        String pattern = switch (date.precision()) {
            // MMMM is the genitive a day needs ("августа"), LLLL the nominative of a month alone ("июнь").
            case DAY -> "d MMMM y 'г.'";
            case MONTH -> "LLLL y 'г.'";
            case YEAR -> "y 'г.'";
        };
        return format(pattern, RUSSIAN, date.earliest());
    }

    private static String persian(HistoricalDate date) {
        LocalDate first = date.earliest();
        LocalDate last = date.latest();
        return switch (date.precision()) {
            case DAY -> format("d MMMM y", SOLAR_HIJRI, first);
            case MONTH -> {
                // A Gregorian month always straddles two Solar Hijri months, and December–January or March two years.
                String firstYear = format("y", SOLAR_HIJRI, first);
                String lastYear = format("y", SOLAR_HIJRI, last);
                yield firstYear.equals(lastYear)
                        ? format("MMMM", SOLAR_HIJRI, first) + "–" + format("MMMM", SOLAR_HIJRI, last) + " " + lastYear
                        : format("MMMM y", SOLAR_HIJRI, first) + "–" + format("MMMM y", SOLAR_HIJRI, last);
            }
            case YEAR -> format("y", SOLAR_HIJRI, first) + "–" + format("y", SOLAR_HIJRI, last);
        };
    }

    private static String format(String pattern, ULocale locale, LocalDate day) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
