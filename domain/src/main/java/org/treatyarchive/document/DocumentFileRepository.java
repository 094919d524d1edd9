package org.treatyarchive.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register of stored files, by checksum. */
public interface DocumentFileRepository {

    Optional<DocumentFile> find(String sha256);

    void add(DocumentFile file);

    /** Files in checksum order after the given one ({@code ""} for the first), at most {@code size}: an audit walks them in batches. */
    List<DocumentFile> after(String sha256, int size);

    /** Files the last audit found damaged or missing. */
    List<DocumentFile> unsound();

    long count();

    /** The files with these checksums that the register holds. */
    List<DocumentFile> findAll(Collection<String> sha256s);

    /**
     * Takes the next file whose text waits to be read and that some record holds (a file received
     * but never saved on a record is not worth reading), or one whose reader stopped before {@code
     * staleBefore} (a node that died). Only one caller gets a given file, on any node.
     *
     * @return the checksum of the file now {@link TextState#READING}, or empty when none waits
     */
    Optional<String> claimForReading(Instant now, Instant staleBefore);

    /** The languages the records holding the file give it, most used first. */
    List<String> languagesOf(String sha256);

    void addPage(DocumentPage page);

    /** Forgets what an earlier, interrupted reading stored. */
    void removePages(String sha256);

    /** How many files the register holds in each text state. */
    Map<TextState, Long> countByTextState();

    /** Files whose text could not be read, or waits for OCR: the last read first, at most {@code max}. */
    List<DocumentFile> unread(int max);

    /** Puts the files that wait for OCR back in the queue, now that OCR is here; answers how many. */
    int readAgainWhereOcrWaits();
}
