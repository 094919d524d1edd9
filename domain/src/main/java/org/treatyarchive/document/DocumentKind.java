package org.treatyarchive.document;

/** What a document is to the record that holds it. */
public enum DocumentKind {
    SIGNED_ORIGINAL("Signed original"),
    AUTHENTIC_TEXT("Authentic text"),
    TRANSLATION("Translation"),
    RATIFICATION_INSTRUMENT("Instrument of ratification"),
    DEPOSITARY_NOTIFICATION("Depositary notification"),
    MAP("Map"),
    ANNEX("Annex"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
