package org.treatyarchive.agreement;

/** How a party expressed its consent to be bound. */
public enum ConsentType {
    DEFINITIVE_SIGNATURE("Definitive signature"),
    RATIFICATION("Ratification"),
    ACCESSION("Accession"),
    APPROVAL("Approval"),
    ACCEPTANCE("Acceptance"),
    SUCCESSION("Succession");

    private final String label;

    ConsentType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
