package org.treatyarchive.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.Phrase;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One upload of a register and what reading it found: a dry run that only reports, or a run that
 * writes. Its position in the file and its counts change in the same transaction as the report rows
 * they count, so a run taken up again after a stop (by this node or another) goes on at the row
 * after the last one committed, and no row is written twice.
 */
@Entity
@Table(name = "import_run")
public class ImportRun extends BaseEntity {

    public static final int MESSAGE_MAX = 2000;

    @Column(name = "owner", length = 100, nullable = false, updatable = false)
    private String owner;

    /** The owner's clearance when they started it: the run writes nothing above it, whoever's thread it runs on. */
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_clearance", length = 20, nullable = false, updatable = false)
    private Classification ownerClearance;

    @Column(name = "file_name", length = 255, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_key", length = 100, nullable = false, updatable = false)
    private String fileKey;

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 10, nullable = false, updatable = false)
    private ImportFormat format;

    @Column(name = "dry_run", nullable = false, updatable = false)
    private boolean dryRun;

    @Column(name = "publish", nullable = false, updatable = false)
    private boolean publish;

    /** The dry run this run imports for real, when it was started from one. */
    @Column(name = "dry_run_of", updatable = false)
    private Long dryRunOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private ImportState state = ImportState.QUEUED;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** How many times a worker took the run: a worker holding an older count was replaced and stops. */
    @Column(name = "claims", nullable = false)
    private int claims;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;
    @Column(name = "rows_read", nullable = false)
    private int rowsRead;
    @Column(name = "rows_valid", nullable = false)
    private int rowsValid;
    @Column(name = "rows_invalid", nullable = false)
    private int rowsInvalid;
    @Column(name = "rows_created", nullable = false)
    private int rowsCreated;
    @Column(name = "rows_updated", nullable = false)
    private int rowsUpdated;
    @Column(name = "rows_unchanged", nullable = false)
    private int rowsUnchanged;

    @Column(name = "message", length = MESSAGE_MAX)
    private String message;

    protected ImportRun() {
        // for JPA
    }

    public ImportRun(String owner, Classification ownerClearance, String fileName, RegisterFile.Stored file, int rows,
                     boolean dryRun, boolean publish, Long dryRunOf) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.ownerClearance = Objects.requireNonNull(ownerClearance, "ownerClearance");
        this.fileName = fileName == null || fileName.isBlank() ? "register" : shorten(fileName.strip(), 255);
        this.fileKey = file.key();
        this.fileSize = file.size();
        this.format = file.format();
        this.rowsTotal = rows;
        this.dryRun = dryRun;
        this.publish = publish && !dryRun;
        this.dryRunOf = dryRunOf;
    }

    /** Taken by a worker (again, when the one before stopped without finishing). */
    public void claim(Instant at) {
        state = ImportState.RUNNING;
        claimedAt = at;
    }

    /** A chunk of rows done: the position moves past its last row, and the counts take its outcomes. */
    public void advance(int lastRow, Iterable<ImportOutcome> outcomes, Instant at) {
        for (ImportOutcome outcome : outcomes) {
            rowsRead++;
            switch (outcome) {
                case WOULD_CREATE, WOULD_UPDATE -> rowsValid++;
                case CREATED -> { rowsValid++; rowsCreated++; }
                case UPDATED -> { rowsValid++; rowsUpdated++; }
                case UNCHANGED -> rowsUnchanged++;
                case INVALID -> rowsInvalid++;
            }
        }
        claimedAt = at;
    }

    public void finish(Instant at) {
        state = ImportState.DONE;
        finishedAt = at;
    }

    /** Stopped by what the file holds or a fault; the rows before it stay as the report says. */
    public void fail(String why, Instant at) {
        state = ImportState.FAILED;
        message = shorten(why == null ? "The import stopped." : why, MESSAGE_MAX);
        finishedAt = at;
    }

    /** The share of rows read, 0 to 100, for the progress bar. */
    public int percentDone() {
        if (state == ImportState.DONE) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) Math.min(100, rowsRead * 100L / rowsTotal);
    }

    /** "Dry run of treaties.csv" or "Import of treaties.csv", as pages name it. */
    public String describe() {
        return described().english();
    }

    /** "Dry run of register.csv", in the reader's language. */
    public Phrase described() {
        return Phrase.of(dryRun ? "import.run.dryRun" : "import.run.import", fileName);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String getOwner() { return owner; }
    public Classification getOwnerClearance() { return ownerClearance; }
    public String getFileName() { return fileName; }
    public String getFileKey() { return fileKey; }
    public long getFileSize() { return fileSize; }
    public ImportFormat getFormat() { return format; }
    public boolean isDryRun() { return dryRun; }
    public boolean isPublish() { return publish; }
    public Optional<Long> getDryRunOf() { return Optional.ofNullable(dryRunOf); }
    public ImportState getState() { return state; }
    public Instant getClaimedAt() { return claimedAt; }
    public int getClaims() { return claims; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getRowsTotal() { return rowsTotal; }
    public int getRowsRead() { return rowsRead; }
    public int getRowsValid() { return rowsValid; }
    public int getRowsInvalid() { return rowsInvalid; }
    public int getRowsCreated() { return rowsCreated; }
    public int getRowsUpdated() { return rowsUpdated; }
    public int getRowsUnchanged() { return rowsUnchanged; }
    public String getMessage() { return message; }
}
