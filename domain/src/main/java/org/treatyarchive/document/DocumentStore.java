package org.treatyarchive.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files live, each once per content, addressed by its SHA-256. A file is received into a
 * temporary place first, counted and hashed as it arrives, and only then moved into its address in
 * one atomic step, so a file at an address is always whole and always the content that address
 * names. Small on purpose: an object store can take the file system's place.
 */
public interface DocumentStore {

    /**
     * Receives content into a temporary file, hashing it as it is read.
     *
     * @throws DocumentRefusedException when it is empty, or larger than {@link #maxBytes()}: refused before it is all read
     */
    Upload receive(InputStream content);

    /** The largest file the store takes ({@code ARCHIVE_MAX_UPLOAD_MB}). */
    long maxBytes();

    /** The stored content; empty when no file is at that address. */
    Optional<InputStream> open(String sha256);

    boolean exists(String sha256);

    /**
     * The stored file where tools that need a file can read it (PDF parsing, OCR); only for reading.
     * An object store would answer a temporary local copy. Empty when no file is at that address.
     */
    Optional<Path> local(String sha256);

    /**
     * Keeps the thumbnail made of a stored file (a PNG of its first page), beside the store's files;
     * made again, it replaces the old one. Not part of the fixity promise: it can always be made again.
     */
    void keepThumbnail(String sha256, byte[] png);

    /** The thumbnail made of a stored file; empty when none was made. */
    Optional<InputStream> openThumbnail(String sha256);

    /** Re-reads the stored file and answers the checksum of what is there now; empty when it is missing. */
    Optional<String> checksumNow(String sha256);

    /** Removes a stored file: only for one whose storing transaction rolled back and that nothing else holds. */
    void discard(String sha256);

    /**
     * Whether the store takes files now and how much room is left where it keeps them, for the
     * readiness check: a store that cannot write refuses every upload.
     */
    Space space();

    /** @param usableBytes what the file system under the store still gives this process */
    record Space(boolean writable, long usableBytes) {
    }

    /** Received content, not yet in the store. Closing it removes the temporary file unless it was kept. */
    interface Upload extends AutoCloseable {

        String sha256();

        long size();

        /** The received bytes, in a temporary file only this upload uses, for inspecting them. */
        Path file();

        /**
         * Moves the content to its address, unless the same content is stored already.
         *
         * @return whether this upload stored it (rather than finding it there)
         */
        boolean keep();

        @Override
        void close();
    }

    /** For implementations: an I/O failure is an outage, not the user's fault. */
    static UncheckedIOException failed(String what, IOException cause) {
        return new UncheckedIOException("Could not " + what + " in the document store: " + cause.getMessage(), cause);
    }
}
