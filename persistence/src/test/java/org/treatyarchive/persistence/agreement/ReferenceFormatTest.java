package org.treatyarchive.persistence.agreement;

import org.junit.jupiter.api.Test;
import org.treatyarchive.agreement.Agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceFormatTest {

    @Test
    void referencesArePaddedToFourDigitsAndGrowPastThem() {
        assertEquals("AGR-2018-0007", JpaAgreementRepository.reference(2018, 7));
        assertEquals("AGR-0998-0010", JpaAgreementRepository.reference(998, 10));
        assertEquals("AGR-2018-9999", JpaAgreementRepository.reference(2018, 9999));
        assertEquals("AGR-2018-123456", JpaAgreementRepository.reference(2018, 123456));
        assertTrue(Agreement.REFERENCE.matcher(JpaAgreementRepository.reference(2018, 123456)).matches());
    }
}
