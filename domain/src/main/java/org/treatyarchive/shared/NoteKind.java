package org.treatyarchive.shared;

/** Why an archivist wrote a note. */
public enum NoteKind {
    /** Anything worth knowing about the record. */
    GENERAL("Note"),
    /** The sources disagree on a fact; the note says which sources say what. */
    SOURCE_CONFLICT("Sources disagree"),
    /** Something the record does not yet hold and should, such as missing parties. */
    INCOMPLETE("Incomplete");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
