package org.treatyarchive.agreement;

import org.treatyarchive.shared.HistoricalDate;

import java.time.LocalDate;

/**
 * Whether an agreement binds its parties, derived from its dates and from the agreements that
 * supersede or terminate it; never typed in, so it cannot contradict them.
 */
public enum AgreementStatus {
    NOT_YET_IN_FORCE("Not yet in force"),
    IN_FORCE("In force"),
    TERMINATED("Terminated"),
    SUPERSEDED("Superseded");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The rule, in one place. A date counts from the earliest day it may mean, which is what the
     * database stores and filters on, so that a list filtered by status and the status shown agree.
     *
     * @param entryIntoForce       when it entered into force, or {@code null} if that is not recorded
     * @param termination          when it ended, or {@code null}
     * @param supersededByRelation another agreement is recorded as superseding it
     * @param terminatedByRelation another agreement is recorded as terminating it
     * @param today                the day to judge on
     */
    public static AgreementStatus derive(HistoricalDate entryIntoForce, HistoricalDate termination,
                                         boolean supersededByRelation, boolean terminatedByRelation, LocalDate today) {
        if (supersededByRelation) {
            return SUPERSEDED;
        }
        if (terminatedByRelation || (termination != null && !termination.earliest().isAfter(today))) {
            return TERMINATED;
        }
        if (entryIntoForce != null && !entryIntoForce.earliest().isAfter(today)) {
            return IN_FORCE;
        }
        return NOT_YET_IN_FORCE;
    }
}
