package org.treatyarchive.importing;

/** What became of one row of an imported file. A dry run says what would become of it; a real run says what did. */
public enum ImportOutcome {
    WOULD_CREATE("Would be added", true),
    WOULD_UPDATE("Would change its record", true),
    CREATED("Added", true),
    UPDATED("Changed its record", true),
    UNCHANGED("Already in the archive as it is", false),
    INVALID("Refused", false);

    private final String label;
    private final boolean writes;

    ImportOutcome(String label, boolean writes) {
        this.label = label;
        this.writes = writes;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the row writes (or would write) a record: the rows "Import the N valid rows" counts. */
    public boolean writes() {
        return writes;
    }
}
