package org.treatyarchive.agreement;

import java.util.Collection;

/** How one agreement bears on another, read from either end. */
public enum RelationType {
    AMENDS("amends", "amended by"),
    SUPERSEDES("supersedes", "superseded by"),
    SUPPLEMENTS("supplements", "supplemented by"),
    IMPLEMENTS("implements", "implemented by"),
    TERMINATES("terminates", "terminated by"),
    REFERS_TO("refers to", "referred to by");

    private final String label;
    private final String inverseLabel;

    RelationType(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    /** As read from the agreement that holds the relation: "supplements". */
    public String getLabel() {
        return label;
    }

    /** As read from the agreement it points to: "supplemented by". */
    public String getInverseLabel() {
        return inverseLabel;
    }

    /**
     * The kind of relation by which other agreements ended one, superseding before terminating, or
     * {@code null} when none of the relations it receives ends it.
     */
    static RelationType endingOf(Collection<AgreementRelation> incoming) {
        if (incoming.stream().anyMatch(relation -> relation.getType() == SUPERSEDES)) {
            return SUPERSEDES;
        }
        return incoming.stream().anyMatch(relation -> relation.getType() == TERMINATES) ? TERMINATES : null;
    }
}
