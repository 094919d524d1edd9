package org.treatyarchive.shared;

/** How much of a historical date the sources give. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
