package org.treatyarchive.agreement;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many agreements there are of each kind in each status: the figures above a party's list and on the
 * statistics page. Counted once and read both ways, so the counts by status and by kind always add up to the
 * same total.
 */
public final class AgreementTally implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<AgreementKind, Map<AgreementStatus, Long>> counts = new EnumMap<>(AgreementKind.class);

    /** Counts {@code n} more agreements (or fewer, when negative) of this kind in this status. */
    public AgreementTally add(AgreementKind kind, AgreementStatus status, long n) {
        Map<AgreementStatus, Long> ofKind = counts.computeIfAbsent(kind, k -> new EnumMap<>(AgreementStatus.class));
        long count = ofKind.getOrDefault(status, 0L) + n;
        if (count < 0) {
            throw new IllegalStateException("A tally cannot count fewer than no " + kind + " agreements " + status + ".");
        }
        if (count == 0) {
            ofKind.remove(status);
        } else {
            ofKind.put(status, count);
        }
        return this;
    }

    /**
     * Moves one agreement counted in {@code counted} to {@code actual}: the database counted it by its dates
     * alone, and a relation ending it (supersedes, terminates) puts it elsewhere.
     */
    public void move(AgreementKind kind, AgreementStatus counted, AgreementStatus actual) {
        if (counted != actual) {
            add(kind, counted, -1);
            add(kind, actual, 1);
        }
    }

    public long total() {
        return counts.values().stream().flatMap(ofKind -> ofKind.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** The counts by status, statuses with none left out. */
    public Map<AgreementStatus, Long> byStatus() {
        Map<AgreementStatus, Long> byStatus = new EnumMap<>(AgreementStatus.class);
        counts.values().forEach(ofKind -> ofKind.forEach((status, n) -> byStatus.merge(status, n, Long::sum)));
        return Collections.unmodifiableMap(byStatus);
    }

    /** The counts by kind, kinds with none left out. */
    public Map<AgreementKind, Long> byKind() {
        Map<AgreementKind, Long> byKind = new EnumMap<>(AgreementKind.class);
        counts.forEach((kind, ofKind) -> {
            long n = ofKind.values().stream().mapToLong(Long::longValue).sum();
            if (n > 0) {
                byKind.put(kind, n);
            }
        });
        return Collections.unmodifiableMap(byKind);
    }
}
