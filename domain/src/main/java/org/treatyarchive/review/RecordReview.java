package org.treatyarchive.review;

import org.treatyarchive.agreement.Publication;

import java.util.List;

/**
 * Where a record stands in review, for its page: published or not, the open work on it if any, and
 * the comment history.
 *
 * @param openId        the open proposal, or {@code null}
 * @param returnComment the reviewer's comment while the open proposal is a returned draft
 */
public record RecordReview(Publication publication, Long openId, ProposalKind openKind, ReviewState openState,
                           boolean returned, String returnComment, List<String> openAuthors, List<RecordStep> steps) {

    /** "anna, boris", for the page. */
    public String authorNames() {
        return String.join(", ", openAuthors);
    }

    public boolean hasOpenWork() {
        return openId != null;
    }

    public boolean inReview() {
        return openState == ReviewState.IN_REVIEW;
    }

    public boolean draft() {
        return openState == ReviewState.DRAFT;
    }
}
