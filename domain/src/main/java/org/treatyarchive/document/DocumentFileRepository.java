package org.treatyarchive.document;

import java.util.List;
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
}
