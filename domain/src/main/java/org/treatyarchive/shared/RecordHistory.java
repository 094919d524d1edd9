package org.treatyarchive.shared;

import java.util.List;
import java.util.Optional;

/** Every saved state of the audited records (agreements, parties, events, subjects). */
public interface RecordHistory {

    /** The latest revisions of a record, newest first. */
    List<Revision> revisions(Class<?> type, long id, int max);

    /** The newest revision of the whole archive; empty before the first save. */
    Optional<ArchiveChange> lastChange();

    /** The record as it was at a revision; its associations read as they were then, lazily. */
    <T> Optional<T> at(Class<T> type, long id, long revision);
}
