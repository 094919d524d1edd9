package org.treatyarchive.review;

/** Where a proposal stands. A returned proposal is a draft again, with the reviewer's comment. */
public enum ReviewState {
    /** Being written; only archivists see it. */
    DRAFT("Draft"),
    /** Submitted; waits for a reviewer, and cannot be changed meanwhile. */
    IN_REVIEW("In review"),
    /** Approved and applied to the record. Final. */
    APPROVED("Approved"),
    /** Given up by an archivist before approval. Final. */
    DISCARDED("Discarded");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
