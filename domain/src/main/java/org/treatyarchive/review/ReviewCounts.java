package org.treatyarchive.review;

/**
 * The numbers behind the badges in the menu.
 *
 * @param awaiting records waiting for review that the person may approve (reviewers)
 * @param returned drafts returned to the person by a reviewer (archivists)
 */
public record ReviewCounts(long awaiting, long returned) {

    public static final ReviewCounts NONE = new ReviewCounts(0, 0);
}
