package org.treatyarchive.health;

import org.treatyarchive.document.DocumentStore;

import java.time.Instant;
import java.util.Optional;

/**
 * One look at the parts: what failed, if anything, and the figures an operator watches. The rules of
 * "ready" live here, so that the health endpoint only reports them.
 *
 * @param stored  agreements in the database; {@code null} when it did not answer
 * @param indexed agreements in the search index; {@code null} when it could not be read
 */
public record NodeHealth(Instant at, Limits limits, String databaseProblem, String indexProblem, Long stored, Long indexed,
                        boolean rebuilding, DocumentStore.Space space) {

    private static final long MEGABYTE = 1024L * 1024;

    /**
     * @param indexLag the most agreements the index may be behind (or ahead of) the database
     * @param freeDiskMegabytes the least room the data folder must still have
     */
    public record Limits(long indexLag, long freeDiskMegabytes) {
    }

    public boolean databaseUp() {
        return databaseProblem == null;
    }

    /**
     * The index is behind by the agreements saved but not yet in it (a crash between the two, a
     * rebuild under way, the outbox of several nodes); unknown while the database is away.
     */
    public Optional<Long> indexLag() {
        return stored == null || indexed == null ? Optional.empty() : Optional.of(Math.abs(stored - indexed));
    }

    /**
     * Down when it cannot be read or is further behind than the limit: a search there would miss
     * records the database holds. While the database is away the index alone still answers searches.
     */
    public boolean searchUp() {
        return indexProblem == null && indexLag().map(lag -> lag <= limits.indexLag()).orElse(true);
    }

    public long freeDiskMegabytes() {
        return space.usableBytes() / MEGABYTE;
    }

    /** Down when uploads would fail: the folder is not writable or nearly full. */
    public boolean storageUp() {
        return space.writable() && freeDiskMegabytes() >= limits.freeDiskMegabytes();
    }

    public boolean up() {
        return databaseUp() && searchUp() && storageUp();
    }

    public Optional<String> searchProblem() {
        if (indexProblem != null) {
            return Optional.of(indexProblem);
        }
        return searchUp() ? Optional.empty() : Optional.of("the search index is " + indexLag().orElseThrow()
                + " agreements out of step with the database (at most " + limits.indexLag() + ")");
    }

    public Optional<String> storageProblem() {
        if (!space.writable()) {
            return Optional.of("the document folder is not writable");
        }
        return storageUp() ? Optional.empty() : Optional.of("the data folder has " + freeDiskMegabytes()
                + " MB free (at least " + limits.freeDiskMegabytes() + ")");
    }
}
