package org.treatyarchive.web.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A failure that is a part of the installation being away, the database or the search service, not a
 * fault of the request or the code: every request then fails the same way, so the answer is 503 with
 * {@code Retry-After} and words that say which part, and the log gets one line per kind of failure
 * per interval with the number of requests it stands for, not a stack trace per request (18 s
 * without MariaDB under load once wrote 63 MB of them).
 */
public final class Outage {

    /** What is away, with what a reader is told and the page they get. */
    public enum Part {
        DATABASE("The archive's database is not answering at the moment; nothing was changed. Try again in a minute.",
                "/WEB-INF/errorpages/503.html"),
        /** Elasticsearch or OpenSearch on several nodes: records still open by reference, and saves wait in the outbox. */
        SEARCH("Search is temporarily unavailable: the search service is not answering. Records still open by their reference,"
                + " and what is saved meanwhile is kept and found once search is back. Try again in a minute.",
                "/WEB-INF/errorpages/503-search.html");

        private final String message;
        private final String page;

        Part(String message, String page) {
            this.message = message;
            this.page = page;
        }

        public String message() {
            return message;
        }

        String page() {
            return page;
        }
    }

    public static final String RETRY_AFTER_SECONDS = "30";
    private static final long INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

    private static final Map<String, AtomicLong> LAST_LOGGED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> SUPPRESSED = new ConcurrentHashMap<>();

    private Outage() {
    }

    /**
     * Which part cannot be reached, if that is what the failure says: the database when a cause is a
     * failed database connection; else the search service when a connection was refused under Hibernate
     * Search (a search, or a count of the index, on Elasticsearch or OpenSearch); else the database.
     */
    public static Optional<Part> of(Throwable failure) {
        boolean database = false;
        boolean refused = false;
        boolean search = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            search |= cause.getClass().getName().startsWith("org.hibernate.search.");
            database |= databaseConnectionFailed(cause);
            refused |= connectionFailed(cause);
        }
        if (database) {
            return Optional.of(Part.DATABASE);
        }
        return refused ? Optional.of(search ? Part.SEARCH : Part.DATABASE) : Optional.empty();
    }

    private static boolean databaseConnectionFailed(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        String message = String.valueOf(cause.getMessage());
        // Hibernate's and the connection pool's own words for it, without a compile-time tie to either.
        // The last: a commit on a connection the database closed under it (restarted), seen wrapped in the
        // transaction manager's SystemException; the commit was never sent, so nothing was written.
        return cause.getClass().getName().endsWith("JDBCConnectionException") || message.contains("Error in allocating a connection")
                || message.contains("Communications link failure") || message.contains("No operations allowed after connection closed");
    }

    /** A connection refused or dropped, to whichever server: the search client's failures are only these. */
    private static boolean connectionFailed(Throwable cause) {
        String type = cause.getClass().getName();
        return cause instanceof ConnectException || String.valueOf(cause.getMessage()).contains("Connection refused")
                || type.endsWith("ConnectionClosedException") || type.endsWith("NoHttpResponseException");
    }

    /** Logs one line for this kind of failure per interval, counting the ones it stands for. */
    public static void log(Logger log, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root.getClass().getName();
        long now = System.nanoTime();
        AtomicLong last = LAST_LOGGED.computeIfAbsent(kind, k -> new AtomicLong(now - INTERVAL_NANOS));
        AtomicLong suppressed = SUPPRESSED.computeIfAbsent(kind, k -> new AtomicLong());
        long then = last.get();
        if (now - then >= INTERVAL_NANOS && last.compareAndSet(then, now)) {
            long others = suppressed.getAndSet(0);
            log.log(Level.WARNING, "{0} unavailable, answering 503: {1}: {2}{3}", new Object[]{of(failure).orElse(Part.DATABASE), kind,
                root.getMessage(), others == 0 ? "" : " (and " + others + " more failures like it since the last line)"});
        } else {
            suppressed.incrementAndGet();
        }
    }

    /**
     * Lets one record per logger and message (its first words, which carry the error code) through
     * per interval, and counts the rest into the next one that passes.
     */
    static final class Throttle implements Filter {

        private final Map<String, long[]> seen = new ConcurrentHashMap<>();

        @Override
        public boolean isLoggable(LogRecord record) {
            String message = String.valueOf(record.getMessage());
            String key = record.getLoggerName() + '|' + message.substring(0, Math.min(40, message.length()));
            long now = System.nanoTime();
            long[] state = seen.computeIfAbsent(key, k -> new long[]{now - INTERVAL_NANOS, 0});
            synchronized (state) {
                if (now - state[0] < INTERVAL_NANOS) {
                    state[1]++;
                    return false;
                }
                if (state[1] > 0) {
                    record.setMessage(message + " [" + state[1] + " more like this were not logged in the last interval]");
                }
                state[0] = now;
                state[1] = 0;
                return true;
            }
        }
    }
}
