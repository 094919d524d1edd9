package org.treatyarchive.agreement;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The figures above a party's list are counted once and read by status and by kind. */
class AgreementTallyTest {

    @Test
    void theCountsByStatusAndByKindAddUpToTheSameTotal() {
        AgreementTally tally = new AgreementTally()
                .add(AgreementKind.TREATY, AgreementStatus.IN_FORCE, 3)
                .add(AgreementKind.TREATY, AgreementStatus.TERMINATED, 2)
                .add(AgreementKind.PROTOCOL, AgreementStatus.IN_FORCE, 4)
                .add(AgreementKind.CONVENTION, AgreementStatus.UNKNOWN, 0);

        assertEquals(9, tally.total());
        assertEquals(Map.of(AgreementStatus.IN_FORCE, 7L, AgreementStatus.TERMINATED, 2L), tally.byStatus());
        assertEquals(Map.of(AgreementKind.TREATY, 5L, AgreementKind.PROTOCOL, 4L), tally.byKind(), "a kind with none is left out");
    }

    @Test
    void anAgreementARelationEndsMovesToItsStatusWithoutChangingTheTotal() {
        AgreementTally tally = new AgreementTally().add(AgreementKind.TREATY, AgreementStatus.IN_FORCE, 1);

        tally.move(AgreementKind.TREATY, AgreementStatus.IN_FORCE, AgreementStatus.SUPERSEDED);

        assertEquals(Map.of(AgreementStatus.SUPERSEDED, 1L), tally.byStatus(), "no in-force count of nought is left behind");
        assertEquals(1, tally.total());
        tally.move(AgreementKind.TREATY, AgreementStatus.SUPERSEDED, AgreementStatus.SUPERSEDED);
        assertEquals(Map.of(AgreementStatus.SUPERSEDED, 1L), tally.byStatus());
    }

    @Test
    void aTallyCannotGoBelowNone() {
        AgreementTally tally = new AgreementTally();

        assertThrows(IllegalStateException.class, () -> tally.move(AgreementKind.TREATY, AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED));
        assertEquals(0, tally.total(), "the refused move changed nothing");
    }
}
