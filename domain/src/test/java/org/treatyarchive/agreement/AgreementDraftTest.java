package org.treatyarchive.agreement;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.NoteKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts wait in review across upgrades: what one version of the archive stored, the next one reads. */
class AgreementDraftTest {

    /**
     * A draft change exactly as the archive stored it before drafts had a format (version 1): the
     * form's properties at the top level, dates as typed, bookkeeping left out.
     */
    private static final String STORED_BY_FORMAT_1 = """
            {"articles":[{"id":41,"number":"1","heading":"Terms used","text":"For the purposes of this Convention..."},\
            {"number":"2","text":"The Parties shall..."}],\
            "authenticLanguages":"ru, kk","classification":"CONFIDENTIAL","format":"MULTILATERAL","kind":"CONVENTION",\
            "notes":[{"kind":"SOURCE_CONFLICT","text":"One source gives 13 August."}],\
            "officialTitle":"Convention on the Legal Status of the Caspian Sea",\
            "parties":[{"code":"KZ","consentOn":"2019-02-08","consentType":"RATIFICATION","name":"Republic of Kazakhstan","signedOn":"2018-08-12"},\
            {"code":"RU","name":"Russian Federation"},{"code":"AZ","name":"Republic of Azerbaijan"}],\
            "placeOfSignature":"Aktau","reference":"AGR-2018-0001",\
            "relations":[{"note":"Builds on it","targetReference":"AGR-2003-0001","targetTitle":"Tehran Convention","type":"REFERS_TO"}],\
            "shortTitle":"Aktau Convention","signed":"2018-08-12","entryIntoForce":"2019","sources":[{"citation":"UN Treaty Series","url":"https://example.org"}],\
            "subjects":["Legal status"],"titles":[{"language":"ru","text":"Конвенция о правовом статусе Каспийского моря"}]}""";

    @Test
    void aDraftStoredBeforeTheFormatVersionIsReadWhole() {
        AgreementEdit draft = AgreementDraft.read(STORED_BY_FORMAT_1);

        assertEquals("AGR-2018-0001", draft.getReference());
        assertEquals("Convention on the Legal Status of the Caspian Sea", draft.getOfficialTitle());
        assertEquals(AgreementKind.CONVENTION, draft.getKind());
        assertEquals(HistoricalDate.ofDay(2018, 8, 12), draft.getSigned());
        assertEquals(DatePrecision.YEAR, draft.getEntryIntoForce().precision());
        assertEquals(Classification.CONFIDENTIAL, draft.getClassification());
        assertEquals(List.of("KZ", "RU", "AZ"), draft.getParties().stream().map(PartyEntry::getCode).toList());
        assertEquals(LocalDate.of(2019, 2, 8), draft.getParties().get(0).getConsentOn());
        assertEquals(ConsentType.RATIFICATION, draft.getParties().get(0).getConsentType());
        assertEquals(41L, draft.getArticles().get(0).getId());
        assertNull(draft.getArticles().get(1).getId());
        assertEquals(RelationType.REFERS_TO, draft.getRelations().get(0).getType());
        assertEquals(NoteKind.SOURCE_CONFLICT, draft.getNotes().get(0).getKind());
        assertEquals("ru", draft.getTitles().get(0).getLanguage());
        assertEquals(List.of("Legal status"), draft.getSubjects());
        assertNull(draft.getVersion(), "a stored draft carries no version; the proposal holds it");
    }

    @Test
    void whatThisVersionWritesItReadsBackTheSameAndNamesItsFormat() {
        AgreementEdit form = AgreementDraft.read(STORED_BY_FORMAT_1);
        String stored = AgreementDraft.write(form);

        assertTrue(stored.startsWith("{\"format\":" + AgreementDraft.FORMAT + ",\"form\":{"), stored);
        assertFalse(stored.contains("\"new\""), "what a form derives is not stored: " + stored);
        assertFalse(stored.contains("rightToLeft"), stored);
        AgreementEdit again = AgreementDraft.read(stored);
        assertEquals(new AgreementLines(id -> Optional.empty()).of(form), new AgreementLines(id -> Optional.empty()).of(again));
    }

    @Test
    void aDraftFromANewerVersionIsRefusedWithAReasonNotMisread() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AgreementDraft.read("{\"format\":9,\"form\":{\"officialTitle\":\"x\"}}"));
        assertTrue(refused.getMessage().contains("format 9"), refused.getMessage());
    }
}
