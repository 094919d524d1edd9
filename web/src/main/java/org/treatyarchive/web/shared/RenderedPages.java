package org.treatyarchive.web.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Answers as an anonymous reader got them (record pages, the API's records and their PDFs...), each
 * stamped with the validator it was answered under, kept gzipped (a record page of 18 kB keeps in 4.5) within a budget of bytes, the least recently read
 * going first. A page is handed out only under the validator it was stored with, and only until the
 * time it was stored with: the validator carries the archive's newest revision, and a transaction that
 * took a lower revision number may commit after a higher one, so a page made before the newest change
 * settled is trusted only until it has ({@code ArchiveChange.trustedUntil}).
 */
public class RenderedPages {

    /** A kept answer: its body gzipped, with the headers it was given while it was made (its type, a file name...). */
    public record Page(String validator, Map<String, List<String>> headers, byte[] gzipped, int length, Instant trustedUntil) {
    }

    private final long budget;
    private final Clock clock;
    private long held;

    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

    /** The answers being made now, by key and validator: who misses one of these waits for it rather than making it too. */
    private final ConcurrentHashMap<String, CountDownLatch> making = new ConcurrentHashMap<>();

    public RenderedPages(long budgetBytes) {
        this(budgetBytes, Clock.systemUTC());
    }

    RenderedPages(long budgetBytes, Clock clock) {
        this.budget = budgetBytes;
        this.clock = clock;
    }

    /** The page kept for {@code key} under {@code validator}, if one is and it is young enough. */
    public Optional<Page> get(String key, String validator) {
        Instant now = clock.instant();
        synchronized (pages) {
            Page page = pages.get(key);
            if (page == null || !page.validator().equals(validator) || !now.isBefore(page.trustedUntil())) {
                return Optional.empty();
            }
            return Optional.of(page);
        }
    }

    /**
     * Takes the making of the answer for {@code key} under {@code validator} when no other request is making it:
     * when a kept page expires or the archive changes, every reader of a popular page misses it at once, and
     * each would make the same answer (a large party's page takes seconds) on cores they share.
     *
     * @return what to call once it is made, kept or not; empty when another request is making it ({@link #awaitMade})
     */
    public Optional<Runnable> startMaking(String key, String validator) {
        String id = key + "\n" + validator;
        CountDownLatch mine = new CountDownLatch(1);
        if (making.putIfAbsent(id, mine) != null) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            making.remove(id, mine);
            mine.countDown();
        });
    }

    /** Waits at most {@code wait} for the request making this answer, then gives the page if it was kept. */
    public Optional<Page> awaitMade(String key, String validator, Duration wait) throws InterruptedException {
        CountDownLatch other = making.get(key + "\n" + validator);
        if (other != null) {
            other.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        return get(key, validator);
    }

    /** Keeps {@code body} for {@code key} until {@code trustedUntil}, replacing what was kept for it and letting the least read go beyond the budget. */
    public void put(String key, String validator, Instant trustedUntil, Map<String, List<String>> headers, byte[] body) {
        byte[] gzipped = gzip(body);
        if (gzipped.length > budget / 4) {
            return; // one page never crowds out the rest
        }
        Page page = new Page(validator, Map.copyOf(headers), gzipped, body.length, trustedUntil);
        synchronized (pages) {
            Page replaced = pages.put(key, page);
            held += gzipped.length - (replaced == null ? 0 : replaced.gzipped().length);
            var eldest = pages.entrySet().iterator();
            while (held > budget && eldest.hasNext()) {
                Map.Entry<String, Page> gone = eldest.next();
                held -= gone.getValue().gzipped().length;
                eldest.remove();
            }
        }
    }

    /** Bytes held, gzipped. */
    public long held() {
        synchronized (pages) {
            return held;
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }
}
