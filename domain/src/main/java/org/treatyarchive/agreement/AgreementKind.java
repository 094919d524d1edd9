package org.treatyarchive.agreement;

/** The form of an instrument, as its title or the depositary names it. */
public enum AgreementKind {
    TREATY("Treaty"),
    CONVENTION("Convention"),
    AGREEMENT("Agreement"),
    PROTOCOL("Protocol"),
    ADDITIONAL_PROTOCOL("Additional protocol"),
    MEMORANDUM_OF_UNDERSTANDING("Memorandum of understanding"),
    JOINT_DECLARATION("Joint declaration"),
    EXCHANGE_OF_NOTES("Exchange of notes");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
