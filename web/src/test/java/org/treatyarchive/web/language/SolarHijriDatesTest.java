package org.treatyarchive.web.language;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidDateException;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Persian-speaking archivist types a date in the Solar Hijri calendar; the archive stores the Gregorian day it names. */
class SolarHijriDatesTest {

    private static final HistoricalDate AKTAU = HistoricalDate.ofDay(2018, 8, 12);

    @Test
    void aSolarHijriDayIsReadInPersianOrLatinDigitsAndAsNumbers() {
        assertEquals(Optional.of(AKTAU), SolarHijriDates.read("۲۱ مرداد ۱۳۹۷"), "the Aktau Convention, as a Persian page shows it");
        assertEquals(Optional.of(AKTAU), SolarHijriDates.read("21 مرداد 1397"));
        assertEquals(Optional.of(AKTAU), SolarHijriDates.read("۱۳۹۷/۰۵/۲۱"));
        assertEquals(Optional.of(AKTAU), SolarHijriDates.read(" ۲۱  مرداد  ۱۳۹۷ ه.ش. "), "with the era and stray spaces");
        assertEquals(Optional.of(HistoricalDate.ofDay(2019, 3, 21)), SolarHijriDates.read("۱ فروردین ۱۳۹۸"), "Nowruz");
        assertEquals(Optional.of(HistoricalDate.ofDay(2021, 3, 20)), SolarHijriDates.read("۳۰ اسفند ۱۳۹۹"), "the last day of a leap year");
    }

    @Test
    void gregorianFormsAreLeftToTheArchivesOwnReader() {
        assertEquals(Optional.empty(), SolarHijriDates.read("12 August 2018"));
        assertEquals(Optional.empty(), SolarHijriDates.read("2018-08-12"));
        assertEquals(Optional.of(AKTAU), SolarHijriDates.read("۲۰۱۸-۰۸-۱۲"), "a Gregorian date in Persian digits");
        assertEquals(Optional.of(HistoricalDate.ofYear(2018)), SolarHijriDates.read("۲۰۱۸"));
    }

    @Test
    void aSolarHijriMonthOrYearIsRefusedRatherThanMadeIntoAGregorianOneItIsNot() {
        InvalidDateException month = assertThrows(InvalidDateException.class, () -> SolarHijriDates.read("مرداد ۱۳۹۷"));
        assertTrue(month.getMessage().contains("covers parts of two Gregorian months"), month.getMessage());
        String persian = month.phrase().render(Locale.forLanguageTag("fa"), (argument, locale) -> argument);
        assertTrue(persian.startsWith("«مرداد ۱۳۹۷» ماهی از گاه‌شماری هجری خورشیدی است"), persian);
        assertTrue(assertThrows(InvalidDateException.class, () -> SolarHijriDates.read("۱۳۹۷")).getMessage().contains("Solar Hijri year"));
        InvalidDateException noDay = assertThrows(InvalidDateException.class, () -> SolarHijriDates.read("۳۰ اسفند ۱۳۹۷"));
        assertTrue(noDay.getMessage().contains("اسفند ۱۳۹۷ has no day ۳۰"), "1397 is not a leap year: " + noDay.getMessage());
    }
}
