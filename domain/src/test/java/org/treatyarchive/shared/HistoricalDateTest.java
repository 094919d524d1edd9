package org.treatyarchive.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoricalDateTest {

    @Test
    void parsesEachPrecisionAndPrintsItBack() {
        assertEquals("2018-08-12", HistoricalDate.parse("2018-08-12").toIsoString());
        assertEquals("1997-06", HistoricalDate.parse("1997-06").toIsoString());
        assertEquals("2008", HistoricalDate.parse(" 2008 ").toIsoString());
        assertEquals(DatePrecision.MONTH, HistoricalDate.parse("1997-06").precision());
    }

    @Test
    void displaysInOneConsistentEnglishForm() {
        assertEquals("12 August 2018", HistoricalDate.ofDay(2018, 8, 12).display());
        assertEquals("June 1997", HistoricalDate.ofMonth(1997, 6).display());
        assertEquals("2008", HistoricalDate.ofYear(2008).display());
    }

    @Test
    void knowsTheSpanOfDaysItMayMean() {
        HistoricalDate february = HistoricalDate.ofMonth(2024, 2);
        assertEquals(LocalDate.of(2024, 2, 1), february.earliest());
        assertEquals(LocalDate.of(2024, 2, 29), february.latest());
        assertEquals(LocalDate.of(2003, 12, 31), HistoricalDate.ofYear(2003).latest());
    }

    @Test
    void isCertainlyBeforeOnlyWhenTheSpansDoNotOverlap() {
        HistoricalDate year2003 = HistoricalDate.ofYear(2003);
        HistoricalDate may2003 = HistoricalDate.ofDay(2003, 5, 14);
        assertFalse(year2003.isCertainlyBefore(may2003), "2003 may mean 14 May 2003 or later");
        assertFalse(may2003.isCertainlyBefore(year2003), "14 May 2003 lies within 2003");
        assertTrue(HistoricalDate.ofYear(2002).isCertainlyBefore(may2003));
    }

    @Test
    void refusesTextThatIsNotADateWithAnExample() {
        IllegalArgumentException wrongForm = assertThrows(IllegalArgumentException.class, () -> HistoricalDate.parse("12/08/2018"));
        assertTrue(wrongForm.getMessage().contains("YYYY-MM-DD"), wrongForm.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HistoricalDate.parse("2018-02-30"));
        assertThrows(IllegalArgumentException.class, () -> HistoricalDate.parse(null));
    }

    @Test
    void equalityIncludesPrecision() {
        assertEquals(HistoricalDate.ofYear(2008), HistoricalDate.parse("2008"));
        assertFalse(HistoricalDate.ofYear(2008).equals(HistoricalDate.ofDay(2008, 1, 1)));
    }

    @Test
    void readsTheFormsPeopleType() {
        assertEquals(HistoricalDate.ofDay(2014, 9, 29), HistoricalDate.read("29 September 2014"));
        assertEquals(HistoricalDate.ofDay(2014, 9, 29), HistoricalDate.read(" 29  sep 2014 "));
        assertEquals(HistoricalDate.ofDay(2014, 9, 29), HistoricalDate.read("29.09.2014"));
        assertEquals(HistoricalDate.ofDay(2014, 9, 29), HistoricalDate.read("2014-09-29"));
        assertEquals(HistoricalDate.ofMonth(1997, 6), HistoricalDate.read("June 1997"));
        assertEquals(HistoricalDate.ofYear(2008), HistoricalDate.read("2008"));
        assertEquals(HistoricalDate.ofDay(2018, 8, 12), HistoricalDate.read(HistoricalDate.ofDay(2018, 8, 12).display()), "the display form reads back");
        IllegalArgumentException unreadable = assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read("next Tuesday"));
        assertTrue(unreadable.getMessage().contains("type a day (12 August 2018, 12.08.2018, 2018-08-12)"), unreadable.getMessage());
    }

    @Test
    void saysWhatIsWrongWithADayThatDoesNotExist() {
        for (String typed : new String[] {"31 February 2014", "31.02.2014", "2014-02-31", "31/2/2014"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read(typed));
            assertEquals("'" + typed + "' is not a date: February 2014 has no day 31.", refused.getMessage());
        }
        assertEquals("'29.02.2002' is not a date: February 2002 has no day 29.",
                assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read("29.02.2002")).getMessage());
        assertEquals(HistoricalDate.ofDay(2004, 2, 29), HistoricalDate.read("29.02.2004"), "a leap day exists");
        assertEquals("'2014-13' is not a date: there is no month 13.",
                assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read("2014-13")).getMessage());

        // Phrased, so that a Russian or Persian form says it in its own language.
        InvalidDateException phrased = assertThrows(InvalidDateException.class, () -> HistoricalDate.read("31.02.2014"));
        assertEquals("«31.02.2014» — не дата: в месяце «February 2014» нет 31-го числа.",
                phrased.phrase().render(Locale.forLanguageTag("ru"), (argument, locale) -> argument instanceof HistoricalDate date ? date.display() : argument));
        assertEquals("date.noSuchDay", assertThrows(InvalidDateException.class, () -> HistoricalDate.parse("2014-02-30")).phrase().key());
    }

    @Test
    void readsEveryDayFormThePartyRowsAndTheGeneralTabOffer() {
        HistoricalDate july6 = HistoricalDate.ofDay(1998, 7, 6);
        for (String typed : new String[] {"06.07.1998", "6.7.1998", "6 July 1998", "6 Jul 1998", "1998-07-06", "06/07/1998"}) {
            assertEquals(july6, HistoricalDate.read(typed), typed);
        }
    }

    @Test
    void survivesSerialisationAsFacesKeepsItInTheStateOfARefusedForm() throws Exception {
        HistoricalDate date = HistoricalDate.ofMonth(2002, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(date);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(date, in.readObject());
        }
    }

    @Test
    void readsADateAsARussianPageWritesIt() {
        assertEquals(HistoricalDate.ofDay(2018, 8, 12), HistoricalDate.read("12 августа 2018"));
        assertEquals(HistoricalDate.ofDay(2018, 8, 12), HistoricalDate.read("12 августа 2018 г."));
        assertEquals(HistoricalDate.ofMonth(1997, 6), HistoricalDate.read("июнь 1997 г."));
        assertEquals(HistoricalDate.ofMonth(1997, 6), HistoricalDate.read("Июнь 1997"));
        assertEquals(HistoricalDate.ofYear(2008), HistoricalDate.read("2008 г."));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidDateException.class, () -> HistoricalDate.read("весной 2008"));
    }
}
