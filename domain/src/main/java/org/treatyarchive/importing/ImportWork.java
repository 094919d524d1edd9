package org.treatyarchive.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treatyarchive.user.Secured;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the imports that wait, one run at a time, in chunks of rows: each chunk is one transaction
 * that writes its rows, their report lines and the run's position together. When a chunk fails as
 * a whole (two rows racing for one register number with another import), its rows are tried again
 * one by one, so that each row is all or nothing and only the row at fault is refused.
 */
@ApplicationScoped
@Secured
public class ImportWork {

    private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());
    /** Rows per transaction: large enough that a commit (and its index flush) is not paid per row, small enough to retry cheaply. */
    static final int CHUNK = 200;

    @Inject
    ImportChunk chunks;

    @Inject
    RegisterFile files;

    /**
     * Reads the next run that waits, if any, to its end.
     *
     * @return whether there was one
     */
    @PermitAll
    public boolean runNext() {
        Optional<ImportJob> claimed = chunks.claim();
        if (claimed.isEmpty()) {
            return false;
        }
        ImportJob job = claimed.get();
        try {
            List<RegisterRow> batch = new ArrayList<>(CHUNK);
            // A full chunk is written once the next row is read, so that the last chunk is known as such: it alone
            // waits for the search index, which (one queue per index) then holds every chunk before it as well.
            files.read(job.fileKey, job.format, job.rowsRead, row -> {
                if (batch.size() >= CHUNK) {
                    process(job, batch, false);
                    batch.clear();
                }
                batch.add(row);
            });
            if (!batch.isEmpty()) {
                process(job, batch, true);
            }
            chunks.finish(job);
            if (!job.dryRun) {
                files.delete(job.fileKey);
            }
        } catch (ImportChunk.TakenOverException elsewhere) {
            LOG.info(() -> "Import " + job.id + " was taken over by another worker after a pause; this one leaves it.");
        } catch (ImportRefusedException refused) {
            chunks.fail(job, refused.getMessage());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Import " + job.id + " stopped", failure);
            chunks.fail(job, "The import stopped on a fault of the archive (" + failure + "); the rows before it are as the report says. "
                    + "Start it again to go on.");
        }
        return true;
    }

    /** At start: the files of dry runs nobody imported within a week go. */
    @PermitAll
    public void tidy() {
        chunks.abandonedDryRunFiles().forEach(files::delete);
    }

    private void process(ImportJob job, List<RegisterRow> rows, boolean last) {
        try {
            job.keys.putAll(chunks.process(job, rows, last));
        } catch (ImportChunk.TakenOverException elsewhere) {
            throw elsewhere;
        } catch (RuntimeException chunkFailed) {
            LOG.log(Level.FINE, "A chunk of import " + job.id + " failed as a whole; trying its rows one by one", chunkFailed);
            for (RegisterRow row : rows) {
                try {
                    job.keys.putAll(chunks.process(job, List.of(row), last));
                } catch (ImportChunk.TakenOverException elsewhere) {
                    throw elsewhere;
                } catch (RuntimeException rowFailed) {
                    Map<String, Integer> none = chunks.refuse(job, row, rowFailed);
                    job.keys.putAll(none);
                }
            }
        }
    }
}
