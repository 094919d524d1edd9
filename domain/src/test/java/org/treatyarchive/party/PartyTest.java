package org.treatyarchive.party;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.InvalidRecordException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void keepsItsNamesInOtherLanguagesFromTheFormsLines() {
        Party kazakhstan = new Party("KZ", "Republic of Kazakhstan", PartyKind.STATE);
        kazakhstan.renameIn("ru: Республика Казахстан\n\n  fa : جمهوری قزاقستان \nkk-Cyrl: Қазақстан Республикасы");
        assertEquals("fa: جمهوری قزاقستان\nkk-Cyrl: Қазақстан Республикасы\nru: Республика Казахстан", kazakhstan.getNamesText());
        assertEquals("Республика Казахстан", kazakhstan.nameIn("ru").orElseThrow());
        assertEquals("Қазақстан Республикасы", kazakhstan.nameIn("kk").orElseThrow(), "a variant tag is found by its language");
        assertTrue(kazakhstan.nameIn("az").isEmpty());
        kazakhstan.renameIn("");
        assertTrue(kazakhstan.getNames().isEmpty(), "an empty text removes them all");
    }

    @Test
    void refusesANameLineItCannotReadAndChangesNothing() {
        Party kazakhstan = new Party("KZ", "Republic of Kazakhstan", PartyKind.STATE);
        kazakhstan.renameIn("ru: Республика Казахстан");
        InvalidRecordException noColon = assertThrows(InvalidRecordException.class, () -> kazakhstan.renameIn("fa: جمهوری قزاقستان\nРеспублика Казахстан"));
        assertEquals("names", noColon.getField());
        assertTrue(noColon.getMessage().startsWith("Line 2 of the names (\"Республика Казахстан\")"), noColon.getMessage());
        InvalidRecordException twice = assertThrows(InvalidRecordException.class, () -> kazakhstan.renameIn("ru: Казахстан\nru: Республика Казахстан"));
        assertEquals("There are two names in ru; keep one per language.", twice.getMessage());
        InvalidRecordException badTag = assertThrows(InvalidRecordException.class, () -> kazakhstan.renameIn("russian language: Казахстан"));
        assertEquals("names", badTag.getField());
        assertEquals("ru: Республика Казахстан", kazakhstan.getNamesText(), "a refused text leaves the names as they were");
    }
}
