package org.treatyarchive.party;

/**
 * The littoral states and their predecessors as the tests need them, each call a new record so that
 * what one test does to a party never reaches another (Cargo Tracker's {@code SampleLocations}).
 */
public final class SampleParties {

    private SampleParties() {
    }

    public static Party azerbaijan() {
        return new Party("AZ", "Republic of Azerbaijan", PartyKind.STATE);
    }

    public static Party iran() {
        return new Party("IR", "Islamic Republic of Iran", PartyKind.STATE);
    }

    public static Party kazakhstan() {
        return new Party("KZ", "Republic of Kazakhstan", PartyKind.STATE);
    }

    public static Party russia() {
        return new Party("RU", "Russian Federation", PartyKind.STATE);
    }

    public static Party turkmenistan() {
        return new Party("TM", "Turkmenistan", PartyKind.STATE);
    }

    public static Party ussr() {
        return new Party("USSR", "Union of Soviet Socialist Republics", PartyKind.HISTORIC_STATE);
    }
}
