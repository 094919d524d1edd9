package org.treatyarchive.user;

/**
 * What a user may do. A user may hold several roles. The names are the Jakarta Security group names
 * used in {@code @RolesAllowed} and {@code web.xml}.
 */
public enum Role {
    /** Manages users, roles and reference data. */
    ADMINISTRATOR("Administrator"),
    /** Enters and edits agreements. */
    ARCHIVIST("Archivist"),
    /** Approves or returns what archivists entered. */
    REVIEWER("Reviewer"),
    /** Searches and reads. */
    READER("Reader");

    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    public static final String ARCHIVIST_NAME = "ARCHIVIST";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String READER_NAME = "READER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
