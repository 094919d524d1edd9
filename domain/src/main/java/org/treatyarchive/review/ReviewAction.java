package org.treatyarchive.review;

/** A step in a proposal's life, as its comment history lists them. */
public enum ReviewAction {
    SUBMITTED("submitted for review"),
    RETURNED("returned"),
    APPROVED("approved"),
    DISCARDED("discarded");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
