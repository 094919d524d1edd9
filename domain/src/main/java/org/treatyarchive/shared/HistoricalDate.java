package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serial;
import java.io.Serializable;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A date as precisely as the sources know it: a day ("12 August 2018"), a month ("June 1997") or
 * only a year ("2008"). Sources often give no more, and an archive must not invent a day.
 * <p>
 * Stored as the earliest day the date may mean plus its precision, so that the column sorts and
 * filters like an ordinary date.
 * <p>
 * Serializable because Faces keeps a converted value in the component state of a form whose save
 * was refused; a value it cannot serialise it re-creates through a public constructor, which this
 * immutable value does not offer.
 */
@Embeddable
public class HistoricalDate implements Comparable<HistoricalDate>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final List<DateTimeFormatter> DAY_FORMS = Stream.of("d MMMM uuuu", "d MMM uuuu", "d.M.uuuu", "d/M/uuuu")
            .map(HistoricalDate::strictEnglish).toList();
    private static final List<DateTimeFormatter> MONTH_FORMS = Stream.of("MMMM uuuu", "MMM uuuu", "M/uuuu", "M.uuuu")
            .map(HistoricalDate::strictEnglish).toList();

    /**
     * A date as a Russian page writes it, typed back: "12 августа 2018" (the month in the genitive),
     * "июнь 1997" (alone, in the nominative), either with the "г." the page adds.
     */
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter RUSSIAN_DAY = strict("d MMMM uuuu", RUSSIAN);
    private static final DateTimeFormatter RUSSIAN_MONTH = strict("LLLL uuuu", RUSSIAN);
    private static final Pattern RUSSIAN_YEAR_MARK = Pattern.compile("\\s*(г\\.?|года)$");

    @Column(name = "on_date")
    private LocalDate earliest;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 5)
    private DatePrecision precision;

    protected HistoricalDate() {
        // for JPA
    }

    private static DateTimeFormatter strictEnglish(String pattern) {
        return strict(pattern, Locale.ENGLISH);
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private HistoricalDate(LocalDate earliest, DatePrecision precision) {
        this.earliest = Objects.requireNonNull(earliest, "earliest");
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    public static HistoricalDate ofDay(LocalDate day) {
        return new HistoricalDate(day, DatePrecision.DAY);
    }

    public static HistoricalDate ofDay(int year, int month, int day) {
        return ofDay(LocalDate.of(year, month, day));
    }

    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
    }

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /**
     * Reads {@code 2018-08-12}, {@code 1997-06} or {@code 2008}.
     *
     * @throws IllegalArgumentException naming the expected forms when the text is none of them
     */
    public static HistoricalDate parse(String text) {
        Matcher matcher = ISO.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidDateException(Phrase.of("date.notIso", text));
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidDateException(Phrase.of("date.noMonth", text, month));
            }
            if (matcher.group(3) == null) {
                return ofMonth(year, month);
            }
            int day = Integer.parseInt(matcher.group(3));
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                throw new InvalidDateException(noSuchDay(text, yearMonth, day));
            }
            return ofDay(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a date as people type it: the ISO forms {@link #parse} takes, the archive's display form
     * ("12 August 2018", "August 2018"), abbreviated months ("12 Aug 2018") or "12.08.2018".
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static HistoricalDate read(String text) {
        String typed = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (ISO.matcher(typed).matches()) {
            return parse(typed);
        }
        for (DateTimeFormatter day : DAY_FORMS) {
            try {
                return ofDay(LocalDate.parse(typed, day));
            } catch (DateTimeException notThisForm) {
                impossibleDay(text, typed, day).ifPresent(reason -> {
                    throw new InvalidDateException(reason);
                });
            }
        }
        for (DateTimeFormatter month : MONTH_FORMS) {
            try {
                YearMonth yearMonth = YearMonth.parse(typed, month);
                return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        String russian = RUSSIAN_YEAR_MARK.matcher(typed).replaceFirst("");
        if (ISO.matcher(russian).matches()) {
            return parse(russian);
        }
        try {
            return ofDay(LocalDate.parse(russian, RUSSIAN_DAY));
        } catch (DateTimeException notThisForm) {
            // a month, perhaps
        }
        try {
            YearMonth yearMonth = YearMonth.parse(russian, RUSSIAN_MONTH);
            return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
        } catch (DateTimeException notThisForm) {
            // none of the forms
        }
        throw new InvalidDateException(Phrase.of("date.unreadable", text));
    }

    /**
     * Says what is wrong with text that has the shape of a day but names none ("31.02.2002"), so
     * that the archivist reads "February 2002 has no day 31" rather than a list of forms.
     */
    private static Optional<Phrase> impossibleDay(String text, String typed, DateTimeFormatter form) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = form.parseUnresolved(typed, position);
        if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != typed.length()
                || !fields.isSupported(ChronoField.DAY_OF_MONTH) || !fields.isSupported(ChronoField.MONTH_OF_YEAR)) {
            return Optional.empty();
        }
        long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
        long dayOfMonth = fields.getLong(ChronoField.DAY_OF_MONTH);
        if (month < 1 || month > 12) {
            return Optional.of(Phrase.of("date.noMonth", text, month));
        }
        YearMonth yearMonth = fields.isSupported(ChronoField.YEAR) ? YearMonth.of((int) fields.getLong(ChronoField.YEAR), (int) month)
                : fields.isSupported(ChronoField.YEAR_OF_ERA) ? YearMonth.of((int) fields.getLong(ChronoField.YEAR_OF_ERA), (int) month) : null;
        if (yearMonth != null && (dayOfMonth < 1 || dayOfMonth > yearMonth.lengthOfMonth())) {
            return Optional.of(noSuchDay(text, yearMonth, dayOfMonth));
        }
        return Optional.empty();
    }

    /**
     * "'31.02.2002' is not a date: February 2002 has no day 31." The month goes in as a date, so that
     * each language writes it as it writes months.
     */
    private static Phrase noSuchDay(String text, YearMonth yearMonth, long day) {
        return day < 1 ? Phrase.of("date.noDayZero", text, day)
                : Phrase.of("date.noSuchDay", text, ofMonth(yearMonth.getYear(), yearMonth.getMonthValue()), day);
    }

    /** Re-creates a stored value; {@code null} when the columns are empty. */
    public static HistoricalDate of(LocalDate earliest, DatePrecision precision) {
        return earliest == null ? null : new HistoricalDate(earliest, precision == null ? DatePrecision.DAY : precision);
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return switch (precision) {
            case DAY -> earliest;
            case MONTH -> YearMonth.from(earliest).atEndOfMonth();
            case YEAR -> earliest.withDayOfYear(earliest.lengthOfYear());
        };
    }

    public DatePrecision precision() {
        return precision;
    }

    public int year() {
        return earliest.getYear();
    }

    /** True only when every day this date may mean lies before every day the other may mean. */
    public boolean isCertainlyBefore(HistoricalDate other) {
        return latest().isBefore(other.earliest());
    }

    /** The ISO-like form used in URLs and the API: {@code 2018-08-12}, {@code 1997-06} or {@code 2008}. */
    public String toIsoString() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.format("%04d", earliest.getYear());
        };
    }

    /** The form shown to people, always in English day-month-year order: "12 August 2018", "June 1997", "2008". */
    public String display() {
        return switch (precision) {
            case DAY -> earliest.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> earliest.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + earliest.getYear();
            case YEAR -> String.valueOf(earliest.getYear());
        };
    }

    @Override
    public int compareTo(HistoricalDate other) {
        int byDay = earliest.compareTo(other.earliest);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoricalDate that && earliest.equals(that.earliest) && precision == that.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(earliest, precision);
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
