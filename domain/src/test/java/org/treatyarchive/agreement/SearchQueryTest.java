package org.treatyarchive.agreement;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.InvalidRecordException;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    @Test
    void blankPartsMeanNothingAndAPartyCodeIsUpperCased() {
        SearchQuery query = new SearchQuery("  ", null, " kz ", "", null, " ", null, null, null);
        assertNull(query.text());
        assertEquals("KZ", query.partyCode());
        assertNull(query.subject());
        assertNull(query.event());
        assertTrue(SearchQuery.words(" ").isEmpty());
        assertFalse(SearchQuery.words("seabed").isEmpty());
    }

    @Test
    void aDecadeIsGivenByItsFirstYear() {
        assertEquals(1990, new SearchQuery(null, null, null, null, 1990, null, null, null, null).decade());
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> new SearchQuery(null, null, null, null, 1995, null, null, null, null));
        assertEquals("decade", refused.getField());
        assertTrue(refused.getMessage().contains("1995 is not one"), refused.getMessage());
    }

    @Test
    void tooLongWordsAndABackwardPeriodAreRefusedAtTheirField() {
        assertEquals("q", assertThrows(InvalidRecordException.class, () -> SearchQuery.words("w".repeat(201))).getField());
        assertEquals("signedTo", assertThrows(InvalidRecordException.class, () -> new SearchQuery(null, null, null, null, null,
                null, null, LocalDate.of(2010, 1, 1), LocalDate.of(2009, 12, 31))).getField());
    }

    @Test
    void aRebuildsProgressIsAPercentageThatEndsAtAHundred() {
        SearchIndexing.Progress started = SearchIndexing.Progress.started("admin", 250_000, Instant.EPOCH);
        assertTrue(started.running());
        assertEquals(0, started.percent());
        assertEquals(40, started.at(100_000).percent());
        assertEquals(100, started.at(260_000).percent(), "records added while it ran do not push it past 100");
        SearchIndexing.Progress done = started.at(250_000).finished(Instant.EPOCH.plusSeconds(60), null);
        assertFalse(done.running());
        assertEquals(100, done.percent());
        SearchIndexing.Progress failed = started.at(1_000).finished(Instant.EPOCH.plusSeconds(1), "disk full");
        assertTrue(failed.failed());
        assertEquals(0, failed.percent(), "a failed rebuild does not claim to be done");
        assertFalse(SearchIndexing.Progress.NEVER.everRun());
    }
}
