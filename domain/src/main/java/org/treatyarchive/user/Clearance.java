package org.treatyarchive.user;

/** The highest classification of record a user may see. */
public enum Clearance {
    PUBLIC, RESTRICTED, CONFIDENTIAL;

    public boolean covers(Clearance classification) {
        return compareTo(classification) >= 0;
    }
}
