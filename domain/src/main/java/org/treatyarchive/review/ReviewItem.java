package org.treatyarchive.review;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the review queue or of an archivist's returned work, read without loading the proposal.
 *
 * @param mine whether the person asking is among its authors, so may not approve it
 */
public record ReviewItem(long id, String reference, String title, ProposalKind kind, ReviewState state, boolean returned,
                         Instant submittedAt, String editedBy, Instant editedAt, boolean mine) implements Serializable {
}
