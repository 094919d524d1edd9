package org.treatyarchive.importing;

import org.treatyarchive.shared.Classification;

import java.util.HashMap;
import java.util.Map;

/**
 * A run as its worker holds it between chunks: what it needs of the run, the keys of the rows read
 * so far (to find a row that repeats an earlier one), and the claim by which it recognises that the
 * run is still its own.
 */
final class ImportJob {

    final long id;
    final String owner;
    final Classification clearance;
    final String fileName;
    final String fileKey;
    final ImportFormat format;
    final boolean dryRun;
    final boolean publish;
    final int rowsRead;
    final Map<String, Integer> keys;
    final int claim;

    ImportJob(ImportRun run, Map<String, Integer> keys) {
        this.id = run.getId();
        this.owner = run.getOwner();
        this.clearance = run.getOwnerClearance();
        this.fileName = run.getFileName();
        this.fileKey = run.getFileKey();
        this.format = run.getFormat();
        this.dryRun = run.isDryRun();
        this.publish = run.isPublish();
        this.rowsRead = run.getRowsRead();
        this.keys = new HashMap<>(keys);
        this.claim = run.getClaims();
    }
}
