package org.treatyarchive.review;

import org.treatyarchive.shared.Comparison;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a reviewer looks at before deciding: the proposal, the published record beside the proposed
 * one line by line, and every earlier step of the record's review.
 *
 * @param mayApprove whether the person asking may approve it (a reviewer who is not an author)
 * @param lines      every line of both versions; a new record has nothing on the published side
 */
public record ReviewCase(long id, long version, String reference, String title, ProposalKind kind, ReviewState state,
                         boolean returned, Instant submittedAt, List<String> authors, Long restoredFrom,
                         boolean mayApprove, List<Comparison.Line> lines, List<RecordStep> steps) implements Serializable {

    /** "anna, boris", for the page. */
    public String authorNames() {
        return String.join(", ", authors);
    }

    public long changedLines() {
        return lines.stream().filter(Comparison.Line::changed).count();
    }
}
