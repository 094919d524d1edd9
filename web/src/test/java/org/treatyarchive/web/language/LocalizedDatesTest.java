package org.treatyarchive.web.language;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.HistoricalDate;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.language.LocalizedDates.display;

class LocalizedDatesTest {

    @Test
    void russianWritesTheDayInTheGenitiveAndAMonthAloneInTheNominative() {
        assertEquals("12 августа 2018 г.", display(HistoricalDate.ofDay(2018, 8, 12), InterfaceLanguage.RUSSIAN));
        assertEquals("июнь 1997 г.", display(HistoricalDate.ofMonth(1997, 6), InterfaceLanguage.RUSSIAN));
        assertEquals("2008 г.", display(HistoricalDate.ofYear(2008), InterfaceLanguage.RUSSIAN));
    }

    @Test
    void persianGivesTheSolarHijriDateFirstWithTheGregorianBesideIt() {
        assertEquals("۲۱ مرداد ۱۳۹۷ (\u206612 August 2018\u2069)", display(HistoricalDate.ofDay(2018, 8, 12), InterfaceLanguage.PERSIAN));
        // Nowruz 1397 fell on 21 March 2018.
        assertEquals("۱ فروردین ۱۳۹۷ (\u206621 March 2018\u2069)", display(HistoricalDate.ofDay(2018, 3, 21), InterfaceLanguage.PERSIAN));
    }

    @Test
    void persianNeverInventsADayForAMonthOrAYear() {
        assertEquals("۱۳۸۶–۱۳۸۷ (\u20662008\u2069)", display(HistoricalDate.ofYear(2008), InterfaceLanguage.PERSIAN));
        assertEquals("خرداد–تیر ۱۳۷۶ (\u2066June 1997\u2069)", display(HistoricalDate.ofMonth(1997, 6), InterfaceLanguage.PERSIAN));
        assertEquals("اسفند ۱۳۹۶–فروردین ۱۳۹۷ (\u2066March 2018\u2069)", display(HistoricalDate.ofMonth(2018, 3), InterfaceLanguage.PERSIAN));
    }

    @Test
    void englishKeepsTheArchivesOwnForm() {
        assertEquals("12 August 2018", display(HistoricalDate.ofDay(2018, 8, 12), InterfaceLanguage.ENGLISH));
        assertEquals("", display(null, InterfaceLanguage.PERSIAN));
    }

    @Test
    void aMomentOfTheArchiveIsWrittenAsTheLanguageWritesDaysWithTheTimeInUtc() {
        Instant saved = Instant.parse("2026-12-04T03:16:42Z");
        assertEquals("4 December 2026, 03:16 UTC", LocalizedDates.moment(saved, InterfaceLanguage.ENGLISH), "as every page showed it before");
        assertEquals("4 декабря 2026 г., 03:16 UTC", LocalizedDates.moment(saved, InterfaceLanguage.RUSSIAN));
        assertTrue(LocalizedDates.moment(saved, InterfaceLanguage.PERSIAN).startsWith("۱۳ آذر ۱۴۰۵ (\u20664 December 2026\u2069)"),
                LocalizedDates.moment(saved, InterfaceLanguage.PERSIAN));
        assertEquals("", LocalizedDates.moment(null, InterfaceLanguage.RUSSIAN));
    }
}
