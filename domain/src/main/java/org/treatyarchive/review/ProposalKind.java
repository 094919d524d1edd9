package org.treatyarchive.review;

/** What approving a proposal does to its record. */
public enum ProposalKind {
    /** Publishes a record entered from scratch; its content is the unpublished record itself. */
    NEW_RECORD("New record"),
    /** Replaces the published content with the proposed one; readers see the old until then. */
    CHANGE("Change"),
    /** Takes a published record out of the public archive. */
    WITHDRAWAL("Withdrawal");

    private final String label;

    ProposalKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
