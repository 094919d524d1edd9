package org.treatyarchive.agreement;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the archive holds, counted, within the reader's access: the figures page and
 * {@code GET /api/statistics}. Every map adds up to {@link #total}, but {@link #perParty}, where an
 * agreement counts once for each of its parties.
 *
 * @param byDecadeAndKind the decade of signature (its first year) to the counts by kind
 * @param perParty        party code to the number of agreements it takes part in
 */
public record ArchiveFigures(long total, SortedMap<Integer, Map<AgreementKind, Long>> byDecadeAndKind,
                             Map<AgreementFormat, Long> byFormat, Map<AgreementStatus, Long> byStatus,
                             Map<String, Long> perParty) implements Serializable {

    /** Read-only: one counting serves every reader until the archive changes ({@link FigureCache}). */
    public ArchiveFigures {
        SortedMap<Integer, Map<AgreementKind, Long>> decades = new TreeMap<>();
        byDecadeAndKind.forEach((decade, kinds) -> decades.put(decade, Collections.unmodifiableMap(kinds)));
        byDecadeAndKind = Collections.unmodifiableSortedMap(decades);
        byFormat = Collections.unmodifiableMap(byFormat);
        byStatus = Collections.unmodifiableMap(byStatus);
        perParty = Collections.unmodifiableMap(perParty);
    }

    /** How many agreements were signed in a decade, of any kind. */
    public long inDecade(int decade) {
        return byDecadeAndKind.getOrDefault(decade, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
