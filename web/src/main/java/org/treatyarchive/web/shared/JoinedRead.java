package org.treatyarchive.web.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One read shared by every caller who asked while it had not yet begun. A caller is given the answer of a read
 * that began after it asked, never of one already under way: whatever was committed before it asked is in its
 * answer, exactly as if it had read alone. Callers who arrive while a read runs wait for it to end and share the
 * next one; one of them makes it.
 *
 * <p>Every answer the archive validates first reads the newest change from the database (a transaction, a
 * session, a connection, a round trip): on a MariaDB server beside the archive that was three quarters of what a
 * kept record page cost, and sixteen readers at once asked it sixteen times for the same row.
 */
public final class JoinedRead<T> {

    private final Supplier<T> read;

    /** The read under way, if one is: too old for anyone who asks now. */
    private CompletableFuture<T> running;

    /** The read to begin when the running one ends, with everyone who asked meanwhile. */
    private CompletableFuture<T> next;

    public JoinedRead(Supplier<T> read) {
        this.read = read;
    }

    public T get() {
        CompletableFuture<T> mine;
        CompletableFuture<T> under;
        synchronized (this) {
            if (running == null) {
                running = new CompletableFuture<>();
                mine = running;
                under = null;
            } else {
                if (next == null) {
                    next = new CompletableFuture<>();
                }
                mine = next;
                under = running;
            }
        }
        if (under == null) {
            return make(mine);
        }
        under.handle((value, failure) -> null).join();
        boolean first;
        synchronized (this) {
            first = next == mine;
            if (first) {
                next = null;
                running = mine;
            }
        }
        return first ? make(mine) : shared(mine);
    }

    private T make(CompletableFuture<T> mine) {
        try {
            T value = read.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            // Everyone waiting on it would have failed the same way (the database away); they are told so.
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            synchronized (this) {
                if (running == mine) {
                    running = null;
                }
            }
        }
    }

    private static <T> T shared(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
