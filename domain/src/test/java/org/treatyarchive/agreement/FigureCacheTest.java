package org.treatyarchive.agreement;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.shared.Measurements;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures are counted once per change of the archive, and never kept past a change. */
class FigureCacheTest {

    private final AtomicInteger countings = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final Measurements measurements = new Measurements();
    private final FigureCache cache = new FigureCache(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, measurements);

    private int count(String key, long revision) {
        return cache.get(key, Optional.of(new ArchiveChange(revision, now)), countings::incrementAndGet);
    }

    @Test
    void theSameFiguresAskedAgainBeforeAnyChangeAreNotCountedAgain() {
        assertEquals(1, count("KZ", 7));
        assertEquals(1, count("KZ", 7));
        assertEquals(2, count("AZ", 7), "another key is counted on its own");
        assertEquals(2, countings.get());
        assertEquals(Map.of("hit", 1L, "miss", 2L), lookups(), "what the operators' metrics show");
    }

    private Map<String, Long> lookups() {
        Map<String, Long> byResult = new TreeMap<>();
        measurements.counters().forEach((series, count) -> byResult.put(series.labels().get("result"), count.sum()));
        return byResult;
    }

    @Test
    void aChangeOfTheArchiveHasTheFiguresCountedAgain() {
        count("KZ", 7);
        assertEquals(2, count("KZ", 8), "the approval of a record moved the revision");
        assertEquals(2, count("KZ", 8));
    }

    @Test
    void figuresCountedBeforeTheChangeSettledAreCountedAgainOnceItHas() {
        Instant changed = now;
        count("KZ", 7, changed);
        now = now.plus(ArchiveChange.SETTLING).minusSeconds(1);
        assertEquals(1, count("KZ", 7, changed));
        now = now.plusSeconds(1);
        assertEquals(2, count("KZ", 7, changed), "a transaction that committed late under an older revision number is counted");
    }

    @Test
    void figuresCountedOnceTheChangeSettledAreKeptLongerButNotForever() {
        Instant changed = now.minus(ArchiveChange.SETTLING);
        count("KZ", 7, changed);
        now = now.plus(ArchiveChange.SETTLED_TRUST).minusSeconds(1);
        assertEquals(1, count("KZ", 7, changed), "nothing below revision 7 could commit any more");
        now = now.plusSeconds(1);
        assertEquals(2, count("KZ", 7, changed));
    }

    private int count(String key, long revision, Instant changedAt) {
        return cache.get(key, Optional.of(new ArchiveChange(revision, changedAt)), countings::incrementAndGet);
    }

    @Test
    void anEmptyArchiveIsCountedLikeAnyOther() {
        assertEquals(1, (int) cache.get("KZ", Optional.empty(), countings::incrementAndGet));
        assertEquals(1, (int) cache.get("KZ", Optional.empty(), countings::incrementAndGet));
        assertEquals(2, count("KZ", 1), "the first save is a change");
    }
}
