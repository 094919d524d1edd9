package org.treatyarchive.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The import runs and their reports. */
public interface ImportRepository {

    void add(ImportRun run);

    Optional<ImportRun> find(long id);

    /**
     * Takes the oldest run that waits, or one whose worker stopped answering before {@code staleBefore},
     * for this worker: at most one worker holds a run.
     *
     * @return its id
     */
    Optional<Long> claim(Instant now, Instant staleBefore);

    /** The report rows of a chunk, written in batches. */
    void addRows(List<ImportRow> rows);

    /**
     * Lets the current transaction commit without waiting for its index work to reach the disk: a
     * chunk's records are drafts nobody searches for in that second, and waiting for one index commit
     * per chunk was a fifth of an import's time. The index follows within a second; the run's last
     * chunk waits for it (its index work is queued behind that of the chunks before it).
     */
    void indexWithoutWaiting();

    /**
     * Writes what the transaction has changed so far (with the records' index documents) and lets the
     * session forget it, so that the commit does not check every record of the chunk again (twice:
     * its own flush and the revision history's). Whatever is changed afterwards is written as usual.
     */
    void writeAndRelease();

    /** One page of the report in file order, only the refused rows when asked. */
    List<ImportRow> rows(long run, boolean refusedOnly, int firstRow, int size);

    long countRows(long run, boolean refusedOnly);

    /** Every report row in file order, streamed, for the downloadable report. */
    void forEachRow(long run, Consumer<ImportRow> row);

    /** The keys ({@link ImportRow#getKey()}) of the rows a run has read so far, to find a row that repeats one after a resume. */
    Map<String, Integer> keysRead(long run);

    /** The runs of one person (or of everyone, for {@code null}), most recent first. */
    List<ImportRun> recent(String owner, int max);

    /** The run that imported a dry run for real, if one was started. */
    Optional<ImportRun> importOf(long dryRun);

    /** Dry runs finished before the time whose file is still kept and was never imported: their files can go. */
    List<ImportRun> abandonedDryRuns(Instant finishedBefore);
}
