package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import org.treatyarchive.shared.ArchiveChange;

import java.time.Clock;
import java.time.Duration;
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
 * unnoticed; an entry therefore also lives at most {@link #LIFETIME}.
 */
@ApplicationScoped
public class FigureCache {

    static final Duration LIFETIME = Duration.ofMinutes(1);

    /** Enough for every party of a register in a few filters; beyond it the least recently used go. */
    private static final int ENTRIES_MAX = 512;

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > ENTRIES_MAX;
        }
    };

    private final Clock clock;

    public FigureCache() {
        this(Clock.systemUTC());
    }

    FigureCache(Clock clock) {
        this.clock = clock;
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
            if (entry != null && entry.revision == revision && now.isBefore(entry.countedAt.plus(LIFETIME))) {
                return (T) entry.value;
            }
        }
        // Counted outside the lock: two readers asking at once may both count, which is cheaper than queueing them.
        T value = count.get();
        synchronized (entries) {
            entries.put(key, new Entry(revision, now, value));
        }
        return value;
    }

    private record Entry(long revision, Instant countedAt, Object value) {
    }
}
