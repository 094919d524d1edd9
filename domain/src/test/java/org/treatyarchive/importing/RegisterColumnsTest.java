package org.treatyarchive.importing;

import org.junit.jupiter.api.Test;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.ConsentType;
import org.treatyarchive.agreement.PartyEntry;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A register's cells onto the form: what is read, what is refused and why, by column. */
class RegisterColumnsTest {

    @Test
    void headersAreTakenInAnyCaseAndTheExportsOwnNames() {
        assertEquals(Arrays.asList("officialTitle", "externalId", "party:AZ:consentOn", "title:ru", "reference"),
                RegisterColumns.header(List.of("Title", " EXTERNALID ", "party:az:consenton", "Title:RU", "reference")));
    }

    @Test
    void aMisspeltOrRepeatedColumnRefusesTheFileRatherThanBeingDropped() {
        ImportRefusedException unknown = assertThrows(ImportRefusedException.class,
                () -> RegisterColumns.header(List.of("officialTitle", "signed", "entry_into_force")));
        assertTrue(unknown.getMessage().contains("\"entry_into_force\""), unknown.getMessage());
        ImportRefusedException twice = assertThrows(ImportRefusedException.class,
                () -> RegisterColumns.header(List.of("officialTitle", "title")));
        assertTrue(twice.getMessage().contains("officialTitle"), twice.getMessage());
        assertThrows(ImportRefusedException.class, () -> RegisterColumns.header(List.of("signed", "parties")),
                "without a title or a register number no row can be told apart");
    }

    @Test
    void aRowFillsTheFormWithItsPartiesAndTheirOwnDates() {
        AgreementEdit edit = new AgreementEdit();
        List<ImportProblem> problems = RegisterColumns.readInto(row(Map.of(
                "officialTitle", "Agreement on the delimitation of the seabed",
                "format", "bilateral", "signed", "23.09.2002", "parties", "az; kz",
                "classification", "Restricted", "party:KZ:consent", "ratification", "party:KZ:consentOn", "2003-03-04",
                "title:ru", "Соглашение о разграничении дна")), edit);

        assertEquals(List.of(), problems);
        assertEquals(AgreementFormat.BILATERAL, edit.getFormat());
        assertEquals(HistoricalDate.read("2002-09-23"), edit.getSigned());
        assertEquals(Classification.RESTRICTED, edit.getClassification());
        assertEquals(List.of("AZ", "KZ"), edit.getParties().stream().map(PartyEntry::getCode).toList());
        PartyEntry kazakhstan = edit.getParties().get(1);
        assertEquals(ConsentType.RATIFICATION, kazakhstan.getConsentType());
        assertEquals(LocalDate.of(2003, 3, 4), kazakhstan.getConsentOn());
        assertEquals("Соглашение о разграничении дна", edit.getTitles().get(0).getText());
    }

    @Test
    void eachUnreadableCellIsNamedByItsColumnAndAFormulaIsNeverTaken() {
        AgreementEdit edit = new AgreementEdit();
        List<ImportProblem> problems = RegisterColumns.readInto(row(Map.of(
                "officialTitle", "=HYPERLINK(\"http://example.org\",\"click\")", "signed", "31.02.1993",
                "kind", "memorandum of love", "parties", "AZ; KZ; AZ")), edit);

        assertEquals(List.of("officialTitle", "kind", "signed", "parties"), problems.stream().map(ImportProblem::column).toList());
        assertNull(edit.getOfficialTitle(), "a formula is not a title");
        assertTrue(problems.get(0).message().contains("formula"), problems.get(0).message());
        assertTrue(problems.get(2).message().contains("February 1993 has no day 31"), problems.get(2).message());
    }

    @Test
    void anApostropheKeepsATextThatLooksLikeAFormulaAsText() {
        AgreementEdit edit = new AgreementEdit();
        assertEquals(List.of(), RegisterColumns.readInto(row(Map.of("officialTitle", "'+ Protocol (2014)")), edit));
        assertEquals("+ Protocol (2014)", edit.getOfficialTitle());
    }

    @Test
    void aBlankCellClearsItsFieldAndAnAbsentColumnLeavesIt() {
        AgreementEdit edit = new AgreementEdit();
        edit.setSummary("Kept from the record");
        edit.setDepositary("Government of Kazakhstan");
        RegisterColumns.readInto(row(Map.of("officialTitle", "A title", "depositary", " ")), edit);

        assertEquals("Kept from the record", edit.getSummary());
        assertNull(edit.getDepositary());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRefusedWhole() {
        Map<String, String> cells = new HashMap<>(Map.of("officialTitle", "Agreement", "signed", "2001"));
        cells.put(RegisterRow.EXTRA_CELLS, "9");
        AgreementEdit edit = new AgreementEdit();
        List<ImportProblem> problems = RegisterColumns.readInto(new RegisterRow(7, cells), edit);

        assertEquals("row", problems.get(0).column());
        assertNull(edit.getOfficialTitle(), "slid values are not read into the wrong fields");
    }

    @Test
    void aPartysDateForAPartyNotInTheRowIsNamed() {
        List<ImportProblem> problems = RegisterColumns.readInto(row(Map.of("officialTitle", "A", "parties", "AZ; KZ",
                "party:RU:signed", "2001-05-05")), new AgreementEdit());

        assertEquals(List.of("party:RU:signed"), problems.stream().map(ImportProblem::column).toList());
    }

    private static RegisterRow row(Map<String, String> cells) {
        return new RegisterRow(2, cells);
    }
}
