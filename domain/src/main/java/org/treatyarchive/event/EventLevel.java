package org.treatyarchive.event;

/** Who met. */
public enum EventLevel {
    HEADS_OF_STATE("Heads of state"),
    HEADS_OF_GOVERNMENT("Heads of government"),
    FOREIGN_MINISTERS("Foreign ministers"),
    DEPUTY_FOREIGN_MINISTERS("Deputy foreign ministers"),
    EXPERTS("Experts and working groups");

    private final String label;

    EventLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
