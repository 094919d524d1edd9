package org.treatyarchive.review;

import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.shared.Classification;

import java.util.List;
import java.util.Optional;

/** The proposals of the review workflow. Lists are paged and counted in the database. */
public interface ProposalRepository {

    Optional<Proposal> findById(long id);

    /** The draft or submitted proposal of an agreement; there is at most one. */
    Optional<Proposal> findOpen(Agreement agreement);

    /** Every proposal ever made for an agreement, oldest first, with their steps. */
    List<Proposal> findByAgreement(Agreement agreement);

    void add(Proposal proposal);

    /**
     * Writes the changes of this transaction now.
     *
     * @throws org.treatyarchive.shared.EditConflictException when another transaction changed it first
     */
    void update(Proposal proposal);

    /** Deletes every proposal of the record, with their steps: for a record that is itself deleted. */
    void removeAll(Agreement agreement);

    /**
     * Proposals waiting for review on records within the clearance, oldest submission first.
     *
     * @param viewer the person asking, to mark their own work
     */
    List<ReviewItem> awaitingReview(Classification clearance, String viewer, int firstRow, int size);

    long countAwaitingReview(Classification clearance);

    /** How many waiting proposals the reviewer could approve: the ones they are not an author of. */
    long countApprovableBy(String reviewer, Classification clearance);

    /** Drafts returned by a reviewer that the person wrote, most recently returned first. */
    List<ReviewItem> returnedTo(String author, int firstRow, int size);

    long countReturnedTo(String author);

    /**
     * Up to {@code max} proposals of an import's batch waiting for review on records within the
     * clearance, oldest first, after the proposal {@code afterId} (0 to start): a batch is decided on in pages.
     */
    List<Proposal> awaitingReviewFromImport(long run, Classification clearance, long afterId, int max);

    /** How many proposals of an import's batch wait for review. */
    long countAwaitingReviewFromImport(long run);
}
