package org.treatyarchive.agreement;

import org.treatyarchive.shared.HistoricalDate;

import java.time.LocalDate;

/**
 * Whether an agreement binds its parties, derived from its dates and from the agreements that
 * supersede or terminate it, so that it cannot contradict them. Only where the record holds no such
 * facts (old treaties whose dates the sources do not give) does a status stated by the sources fill
 * the gap; with neither, the status is {@link #UNKNOWN} rather than a guess.
 */
public enum AgreementStatus {
    NOT_YET_IN_FORCE("Not yet in force"),
    IN_FORCE("In force"),
    TERMINATED("Terminated"),
    SUPERSEDED("Superseded"),
    UNKNOWN("Not recorded");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /**
     * The rule, in one place; the repository's status filter is the same rule in SQL. A date counts
     * from the earliest day it may mean, which is what the database stores.
     *
     * @param entryIntoForce       when it entered into force, or {@code null} if not recorded
     * @param termination          when it ended, or {@code null}
     * @param supersededByRelation another agreement is recorded as superseding it
     * @param terminatedByRelation another agreement is recorded as terminating it
     * @param stated               the status the sources state, used only when the facts above do not decide
     * @param today                the day to judge on
     */
    public static AgreementStatus derive(HistoricalDate entryIntoForce, HistoricalDate termination,
                                         boolean supersededByRelation, boolean terminatedByRelation,
                                         AgreementStatus stated, LocalDate today) {
        if (supersededByRelation) {
            return SUPERSEDED;
        }
        if (terminatedByRelation || (termination != null && !termination.earliest().isAfter(today))) {
            return TERMINATED;
        }
        if (entryIntoForce != null) {
            return entryIntoForce.earliest().isAfter(today) ? NOT_YET_IN_FORCE : IN_FORCE;
        }
        return stated != null ? stated : UNKNOWN;
    }
}
