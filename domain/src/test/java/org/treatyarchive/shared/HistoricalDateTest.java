package org.treatyarchive.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read("31 February 2014"));
        assertTrue(refused.getMessage().contains("type a day (12 August 2018, 2018-08-12)"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HistoricalDate.read("next Tuesday"));
    }
}
