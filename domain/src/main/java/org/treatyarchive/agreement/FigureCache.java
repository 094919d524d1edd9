package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.shared.Measurements;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts the database made over many rows (a party's figures, the archive's statistics), kept until the
 * archive changes. A large party's figures read 23,000 rows at 250,000 agreements; the same page asked
 * again before anything changed gets the same counts, so they are counted once per change.
 *
 * <p>An entry is keyed by what it counted (the filter, with the caller's access and the day) and stamped
 * with the archive's newest revision at the time it was asked for: an entry from an older revision is
 * counted again. The revision is read before counting, so a change committed while counting makes the
 * entry old at once rather than hiding behind it. Revision numbers are handed out in order but committed
 * in any order, so a transaction that took a lower number and commits after a higher one would go
 * unnoticed: an entry counted before the change settled lives only until it has, any other at most
 * {@link ArchiveChange#SETTLED_TRUST} ({@link ArchiveChange#trustedUntil}).
 */
@ApplicationScoped
public class FigureCache {

    private static final Map<String, String> HIT = Map.of("result", "hit");
    private static final Map<String, String> MISS = Map.of("result", "miss");

    /** Enough for every party of a register in a few filters; beyond it the least recently used go. */
    private static final int ENTRIES_MAX = 512;

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > ENTRIES_MAX;
        }
    };

    private final Clock clock;

    @Inject
    Measurements measurements;

    public FigureCache() {
        this(Clock.systemUTC(), null);
    }

    FigureCache(Clock clock, Measurements measurements) {
        this.clock = clock;
        this.measurements = measurements;
    }

    /**
     * The value counted for {@code key} at the archive's current change, counting it now when there is none.
     *
     * @param change the archive's newest change as the caller just read it; empty before the first save
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Optional<ArchiveChange> change, Supplier<T> count) {
        long revision = change.map(ArchiveChange::revision).orElse(0L);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.revision == revision && now.isBefore(entry.trustedUntil)) {
                measurements.count("archive_figure_cache_lookups", HIT);
                return (T) entry.value;
            }
        }
        measurements.count("archive_figure_cache_lookups", MISS);
        // Counted outside the lock: two readers asking at once may both count, which is cheaper than queueing them.
        T value = count.get();
        synchronized (entries) {
            // Nothing saved yet: the first save moves the revision, nothing can commit beneath it.
            entries.put(key, new Entry(revision, change.map(made -> made.trustedUntil(now)).orElse(now.plus(ArchiveChange.SETTLED_TRUST)), value));
        }
        return value;
    }

    private record Entry(long revision, Instant trustedUntil, Object value) {
    }
}
