package org.treatyarchive.web.shared;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.ArchiveChange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the record page cache hands out, and when it no longer does. */
class RenderedPagesTest {

    private static final Map<String, List<String>> HTML = Map.of("Content-Type", List.of("text/html;charset=UTF-8"));
    private static final byte[] PAGE = "<html><body>Aktau Convention</body></html>".repeat(50).getBytes(StandardCharsets.UTF_8);

    private final MovableClock clock = new MovableClock();
    /** Long enough for the tests that are not about time. */
    private final Instant longAfter = clock.instant().plus(Duration.ofDays(1));
    private final RenderedPages pages = new RenderedPages(64 * 1024, clock);

    @Test
    void aPageIsHandedOutOnlyUnderTheValidatorItWasRenderedUnder() throws IOException {
        pages.put("/agreements/view.xhtml?ref=AGR-2018-0001", "W/\"41-2026-12-07-en\"", longAfter, HTML, PAGE);

        RenderedPages.Page kept = pages.get("/agreements/view.xhtml?ref=AGR-2018-0001", "W/\"41-2026-12-07-en\"").orElseThrow();
        assertArrayEquals(PAGE, gunzip(kept.gzipped()));
        assertEquals(PAGE.length, kept.length());
        assertEquals(HTML, kept.headers());
        assertTrue(kept.gzipped().length < PAGE.length / 4, "kept gzipped: " + kept.gzipped().length);

        assertTrue(pages.get("/agreements/view.xhtml?ref=AGR-2018-0001", "W/\"42-2026-12-07-en\"").isEmpty(), "a change since");
        assertTrue(pages.get("/agreements/view.xhtml?ref=AGR-2018-0001", "W/\"41-2026-12-08-en\"").isEmpty(), "the next day");
        assertTrue(pages.get("/agreements/view.xhtml?ref=AGR-2018-0001", "W/\"41-2026-12-07-ru\"").isEmpty(), "another language");
        assertTrue(pages.get("/agreements/view.xhtml?ref=AGR-2018-0002", "W/\"41-2026-12-07-en\"").isEmpty(), "another record");
    }

    @Test
    void readersWhoMissAPageBeingMadeWaitForItInsteadOfMakingItToo() throws Exception {
        Runnable made = pages.startMaking("k", "v").orElseThrow();
        assertTrue(pages.startMaking("k", "v").isEmpty(), "one request makes it");
        Runnable other = pages.startMaking("k", "w").orElseThrow();
        other.run();

        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Optional<RenderedPages.Page>>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(readers.submit(() -> pages.awaitMade("k", "v", Duration.ofSeconds(30))));
            }
            Thread.sleep(200);
            waiting.forEach(reader -> assertFalse(reader.isDone(), "waiting while it is made"));
            pages.put("k", "v", longAfter, HTML, PAGE);
            made.run();
            for (Future<Optional<RenderedPages.Page>> reader : waiting) {
                assertArrayEquals(PAGE, gunzip(reader.get(5, TimeUnit.SECONDS).orElseThrow().gzipped()), "each served the one made");
            }
        } finally {
            readers.shutdownNow();
        }
        assertTrue(pages.startMaking("k", "v").isPresent(), "made: the next miss makes it again");
    }

    @Test
    void aReaderWaitsNoLongerThanToldNorForAnAnswerNobodyIsMaking() throws Exception {
        assertTrue(pages.awaitMade("k", "v", Duration.ofMinutes(1)).isEmpty(), "nobody making it: at once");
        pages.startMaking("k", "v").orElseThrow();
        long started = System.nanoTime();
        assertTrue(pages.awaitMade("k", "v", Duration.ofMillis(300)).isEmpty(), "not made in time: the reader makes their own");
        assertTrue(System.nanoTime() - started >= 300_000_000L);
    }

    @Test
    void aPageIsNotHandedOutPastTheTimeItIsTrustedUntilEvenUnderTheSameValidator() {
        // A transaction holding a lower revision number may commit after the newest one: the validator would not move.
        Instant changed = clock.instant();
        pages.put("k", "v", new ArchiveChange(41, changed).trustedUntil(clock.instant()), HTML, PAGE);
        clock.advance(ArchiveChange.SETTLING.minusSeconds(1));
        assertTrue(pages.get("k", "v").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pages.get("k", "v").isEmpty(), "made before the change settled: made again once it has");

        pages.put("k", "v", new ArchiveChange(41, changed).trustedUntil(clock.instant()), HTML, PAGE);
        clock.advance(ArchiveChange.SETTLED_TRUST.minusSeconds(1));
        assertTrue(pages.get("k", "v").isPresent(), "made once it settled: kept for longer");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pages.get("k", "v").isEmpty());
    }

    @Test
    void beyondTheBudgetTheLeastRecentlyReadPageGoesFirst() {
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise); // gzip cannot shrink it: each page holds about 10 kB of the 64 kB
        for (int i = 0; i < 6; i++) {
            pages.put("page" + i, "v", longAfter, HTML, noise);
        }
        assertTrue(pages.get("page0", "v").isPresent(), "read, so now the most recent");
        pages.put("page6", "v", longAfter, HTML, noise);

        assertTrue(pages.held() <= 64 * 1024, "held " + pages.held());
        assertTrue(pages.get("page0", "v").isPresent());
        assertTrue(pages.get("page1", "v").isEmpty(), "the least recently read went");
        assertTrue(pages.get("page6", "v").isPresent());
    }

    @Test
    void aPageOfMoreThanAQuarterOfTheBudgetIsNotKept() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        pages.put("large", "v", longAfter, HTML, noise);
        assertTrue(pages.get("large", "v").isEmpty());
        assertEquals(0, pages.held());
    }

    @Test
    void gzipIsSentOnlyToReadersThatAcceptIt() {
        assertTrue(PageCacheFilter.acceptsGzip("gzip, deflate, br"));
        assertTrue(PageCacheFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(PageCacheFilter.acceptsGzip(null));
        assertFalse(PageCacheFilter.acceptsGzip("identity"));
        assertFalse(PageCacheFilter.acceptsGzip("gzip;q=0"));
        assertFalse(PageCacheFilter.acceptsGzip("deflate, gzip; q=0.000"));
        assertFalse(PageCacheFilter.acceptsGzip("x-gzip2"));
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
