package org.treatyarchive.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node has counted and timed since it started, for operators' metrics ({@code /metrics}):
 * requests by route and their latency, searches, sign-in failures, the figures' cache. Each part of the
 * archive adds to it where the thing happens; the web layer writes it out. Labels are kept to a few
 * fixed values per name (a route, a result), never a record's reference, so the number of series stays
 * small whatever the archive holds.
 */
@ApplicationScoped
public class Measurements {

    /** Upper bounds of the latency buckets, in seconds: from a cached answer to a request that times out. */
    public static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final ConcurrentMap<Series, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Series, LongAdder> counters = new ConcurrentHashMap<>();

    /** Times one occurrence of {@code name} (an HTTP request, a search) that took {@code nanos}. */
    public void time(String name, Map<String, String> labels, long nanos) {
        timers.computeIfAbsent(new Series(name, new TreeMap<>(labels)), series -> new Timer()).add(nanos / 1e9);
    }

    /** Counts one more {@code name} (a failed sign-in, a cache hit). */
    public void count(String name, Map<String, String> labels) {
        counters.computeIfAbsent(new Series(name, new TreeMap<>(labels)), series -> new LongAdder()).increment();
    }

    public Map<Series, Timer> timers() {
        return new TreeMap<>(timers);
    }

    public Map<Series, LongAdder> counters() {
        return new TreeMap<>(counters);
    }

    /** One series: a name and its labels, in the order of their names. */
    public record Series(String name, TreeMap<String, String> labels) implements Comparable<Series> {

        @Override
        public int compareTo(Series other) {
            int byName = name.compareTo(other.name);
            return byName != 0 ? byName : labels.toString().compareTo(other.labels.toString());
        }
    }

    /** Occurrences counted into the latency buckets, with their number and their total time. */
    public static final class Timer {

        private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final DoubleAdder sum = new DoubleAdder();

        Timer() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void add(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }

        /** How many took at most {@code BUCKETS[bucket]} seconds: the buckets are cumulative, as OpenMetrics counts them. */
        public long atMost(int bucket) {
            long total = 0;
            for (int i = 0; i <= bucket; i++) {
                total += buckets[i].sum();
            }
            return total;
        }

        public long count() {
            return count.sum();
        }

        public double sum() {
            return sum.sum();
        }
    }
}
