package org.treatyarchive.party;

/** What kind of subject of international relations a party is. */
public enum PartyKind {
    STATE("State"),
    HISTORIC_STATE("Historic state"),
    INTERNATIONAL_ORGANISATION("International organisation"),
    STATE_ENTERPRISE("State enterprise");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
