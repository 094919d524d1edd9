package org.treatyarchive.agreement;

/** How many parties an agreement binds: exactly two, or three and more. */
public enum AgreementFormat {
    BILATERAL("Bilateral"),
    MULTILATERAL("Multilateral");

    private final String label;

    AgreementFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
