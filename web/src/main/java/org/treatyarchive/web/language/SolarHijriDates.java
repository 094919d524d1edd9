package org.treatyarchive.web.language;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidDateException;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed in the Solar Hijri calendar, as a Persian-speaking archivist writes it ("۲۱ مرداد ۱۳۹۷",
 * "21 مرداد 1397", "۱۳۹۷/۰۵/۲۱"), read into the Gregorian day the archive stores. Only a day converts
 * honestly: a Solar Hijri month or year covers parts of two Gregorian ones, so it is refused with the
 * forms that work, never turned into a month or year it is not.
 */
public final class SolarHijriDates {

    /** The months of the Solar Hijri year, Farvardin to Esfand, as Persian writes them. */
    static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
            "بهمن", "اسفند");
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
    /** A trailing "ش" or "ه.ش." (hejri shamsi) marks the calendar and is read past. */
    private static final String ERA = "(?:\\s*(?:ه\\.?\\s*ش\\.?|ش\\.?))?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{3,4})" + ERA);
    private static final Pattern NUMERIC_DAY = Pattern.compile("(1[2-4]\\d\\d)/(\\d{1,2})/(\\d{1,2})" + ERA);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s+(\\d{3,4})" + ERA);
    private static final Pattern YEAR = Pattern.compile("(1[2-4]\\d\\d)" + ERA);
    private static final ULocale SOLAR_HIJRI = new ULocale("fa_IR@calendar=persian");

    private SolarHijriDates() {
    }

    /**
     * The Gregorian day a Solar Hijri date names; empty when the text is not written in that calendar
     * (no Persian month name, no Persian digits), so that the Gregorian forms are read as before.
     *
     * @throws InvalidDateException for a Solar Hijri month or year, or a day the month does not have
     */
    public static Optional<HistoricalDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        boolean persianDigits = text.codePoints().anyMatch(c -> (c >= '۰' && c <= '۹') || (c >= '٠' && c <= '٩'));
        String typed = normalized(text);
        boolean monthName = MONTHS.stream().anyMatch(typed::contains);
        if (!persianDigits && !monthName) {
            return Optional.empty();
        }
        Matcher day = DAY_MONTH_YEAR.matcher(typed);
        if (day.matches()) {
            return Optional.of(HistoricalDate.ofDay(gregorian(text, Integer.parseInt(day.group(3)), MONTHS.indexOf(day.group(2)) + 1,
                    Integer.parseInt(day.group(1)))));
        }
        Matcher numeric = NUMERIC_DAY.matcher(typed);
        if (numeric.matches()) {
            return Optional.of(HistoricalDate.ofDay(gregorian(text, Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(3)))));
        }
        if (MONTH_YEAR.matcher(typed).matches()) {
            throw new InvalidDateException(Phrase.of("date.solarHijriMonth", text.strip()));
        }
        if (YEAR.matcher(typed).matches()) {
            throw new InvalidDateException(Phrase.of("date.solarHijriYear", text.strip()));
        }
        // Persian digits in a Gregorian form ("۲۰۱۸-۰۸-۱۲"): read as the Gregorian forms are.
        return persianDigits && !monthName ? Optional.of(HistoricalDate.read(typed)) : Optional.empty();
    }

    private static LocalDate gregorian(String text, int year, int month, int day) {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, SOLAR_HIJRI);
        calendar.clear();
        if (month < 1 || month > 12) {
            throw new InvalidDateException(Phrase.of("date.noMonth", text.strip(), month));
        }
        calendar.set(year, month - 1, 1);
        if (day < 1 || day > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            throw new InvalidDateException(Phrase.of("date.solarHijriNoSuchDay", text.strip(), MONTHS.get(month - 1) + " " + persian(year), persian(day)));
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return calendar.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Persian and Arabic digits as ASCII ones, Arabic letters as Persian ones, one space between words, no joiners. */
    private static String normalized(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> {
            if (c >= '۰' && c <= '۹') {
                out.append((char) ('0' + c - '۰'));
            } else if (c >= '٠' && c <= '٩') {
                out.append((char) ('0' + c - '٠'));
            } else if (c == 'ي' || c == 'ى') {
                out.append('ی');
            } else if (c == 'ك') {
                out.append('ک');
            } else if (c != '\u200c' && c != '\u200f' && c != '\u200e' && c != '\u2066' && c != '\u2069') {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s+", " ");
    }

    private static String persian(int number) {
        StringBuilder digits = new StringBuilder();
        String.valueOf(number).chars().forEach(c -> digits.append((char) ('۰' + c - '0')));
        return digits.toString();
    }
}
