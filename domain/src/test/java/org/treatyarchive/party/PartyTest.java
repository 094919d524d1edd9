package org.treatyarchive.party;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.InvalidRecordException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartyTest {

    @Test
    void followsTheLineOfSuccession() {
        Party ussr = SampleParties.ussr();
        Party russia = SampleParties.russia();
        russia.succeed(ussr);
        assertEquals(ussr, russia.getPredecessor().orElseThrow());
    }

    @Test
    void refusesALoopInTheLineOfSuccession() {
        Party rsfsr = new Party("RSFSR", "Russian Soviet Federative Socialist Republic", PartyKind.HISTORIC_STATE);
        Party ussr = SampleParties.ussr();
        ussr.succeed(rsfsr);
        InvalidRecordException loop = assertThrows(InvalidRecordException.class, () -> rsfsr.succeed(ussr));
        assertEquals("predecessor", loop.getField());
        assertThrows(InvalidRecordException.class, () -> ussr.succeed(ussr));
    }

    @Test
    void checksCodesAndIsoCodes() {
        assertEquals("KZ", new Party("kz", "Republic of Kazakhstan", PartyKind.STATE).getCode());
        assertThrows(InvalidRecordException.class, () -> new Party("K Z", "x", PartyKind.STATE));
        Party kazakhstan = SampleParties.kazakhstan();
        assertThrows(InvalidRecordException.class, () -> kazakhstan.assignIsoCode("K1"));
        kazakhstan.assignIsoCode("kz");
        assertEquals("KZ", kazakhstan.getIsoCode());
    }

    @Test
    void refusesAnEndBeforeTheBeginning() {
        Party ussr = SampleParties.ussr();
        assertThrows(InvalidRecordException.class, () -> ussr.existed(LocalDate.of(1991, 12, 26), LocalDate.of(1922, 12, 30)));
    }

    @Test
    void keepsOneNamePerLanguage() {
        Party iran = SampleParties.iran();
        iran.nameIn("fa", "ایران");
        iran.nameIn("fa", "جمهوری اسلامی ایران");
        iran.nameIn("ru", "Исламская Республика Иран");
        assertEquals(2, iran.getNames().size());
    }

    @Test
    void aLabelNamesTheCodeOnceEvenWhenTheNameEndsWithIt() {
        assertEquals("Republic of Kazakhstan (KZ)", Party.labelOf("Republic of Kazakhstan", "KZ"));
        assertEquals("State Oil Company of the Azerbaijan Republic (SOCAR)",
                Party.labelOf("State Oil Company of the Azerbaijan Republic (SOCAR)", "SOCAR"));
        assertEquals("KZ", Party.labelOf(" ", "KZ"));
    }
}
