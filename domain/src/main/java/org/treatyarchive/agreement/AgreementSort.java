package org.treatyarchive.agreement;

/** The columns the agreement list can be sorted by. */
public enum AgreementSort {
    REFERENCE, TITLE, KIND, SIGNED, PLACE
}
