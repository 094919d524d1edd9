package org.treatyarchive.shared;

/**
 * How sensitive a record is, and, as a user's clearance, the most sensitive record they may see.
 * Ordered from least to most sensitive.
 */
public enum Classification {
    PUBLIC("Public"), RESTRICTED("Restricted"), CONFIDENTIAL("Confidential");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** As a clearance: whether it allows seeing a record of the given classification. */
    public boolean covers(Classification classification) {
        return compareTo(classification) >= 0;
    }
}
