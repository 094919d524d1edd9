package org.treatyarchive.shared;

import java.time.Instant;

/**
 * The archive's newest saved change: its revision number moves with every committed change of an
 * audited record (agreements with their parties, articles, relations and documents; parties; events;
 * subjects), on every node alike because it is the database's. What readers see is built from those
 * records, so an answer built at one revision is the same answer until the next.
 */
public record ArchiveChange(long revision, Instant at) {
}
