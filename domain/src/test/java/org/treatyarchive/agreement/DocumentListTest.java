package org.treatyarchive.agreement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.party.SampleParties;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidRecordException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents a record holds: each file once, described, never classified below the record. */
class DocumentListTest {

    private static final String ORIGINAL = "a".repeat(64);
    private static final String MAP = "b".repeat(64);

    private Agreement aktau;

    @BeforeEach
    void setUp() {
        aktau = new Agreement("AGR-2018-0001", "Convention on the Legal Status of the Caspian Sea", AgreementKind.CONVENTION,
                AgreementFormat.MULTILATERAL, HistoricalDate.ofDay(2018, 8, 12));
    }

    private static DocumentTerms document(String sha256, String title, Classification classification) {
        return new DocumentTerms(sha256, title + ".pdf", "application/pdf", 1234, 3, DocumentKind.SIGNED_ORIGINAL, title, "ru",
                SampleParties.kazakhstan(), null, classification);
    }

    @Test
    void aFileIsHeldOnceAndARetitledDocumentKeepsItsRow() {
        aktau.documents().revise(List.of(document(ORIGINAL, "Signed original", Classification.PUBLIC),
                document(MAP, "Map of the sea", Classification.PUBLIC)));
        AgreementDocument original = aktau.getDocuments().get(0);

        aktau.documents().revise(List.of(document(MAP, "Map of the sea", Classification.PUBLIC),
                document(ORIGINAL, "The signed original, Russian text", Classification.PUBLIC)));

        assertEquals(List.of(MAP, ORIGINAL), aktau.getDocuments().stream().map(AgreementDocument::getSha256).toList());
        assertSame(original, aktau.getDocuments().get(1), "the same file keeps its row");
        assertEquals("The signed original, Russian text", original.getTitle());
        assertEquals(1, original.getPosition());

        InvalidRecordException twice = assertThrows(InvalidRecordException.class, () -> aktau.documents().revise(List.of(
                document(ORIGINAL, "One", Classification.PUBLIC), document(ORIGINAL.toUpperCase(), "Two", Classification.PUBLIC))));
        assertEquals("documents", twice.getField());
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        assertEquals(2, aktau.getDocuments().size(), "a refused revision changes nothing");

        aktau.documents().revise(List.of(document(MAP, "Map of the sea", Classification.PUBLIC)));
        assertEquals(List.of(MAP), aktau.getDocuments().stream().map(AgreementDocument::getSha256).toList());
    }

    @Test
    void aDocumentMayBeClassifiedAboveItsRecordNeverBelow() {
        aktau.documents().revise(List.of(document(MAP, "Annexed map", Classification.CONFIDENTIAL)));
        assertEquals(Classification.CONFIDENTIAL, aktau.getDocuments().get(0).getClassification());

        aktau.classify(Classification.RESTRICTED);
        InvalidRecordException below = assertThrows(InvalidRecordException.class,
                () -> aktau.documents().revise(List.of(document(ORIGINAL, "Signed original", Classification.PUBLIC))));
        assertEquals("documents", below.getField());
        assertEquals("The document Signed original is classified Public, below its record (Restricted); classify it at least as the record.",
                below.getMessage());
    }

    @Test
    void aDocumentIsDescribedAndNamesAStoredFile() {
        InvalidRecordException untitled = assertThrows(InvalidRecordException.class,
                () -> aktau.documents().revise(List.of(document(ORIGINAL, " ", Classification.PUBLIC))));
        assertTrue(untitled.getMessage().startsWith("The title of"), untitled.getMessage());
        InvalidRecordException notAChecksum = assertThrows(InvalidRecordException.class,
                () -> aktau.documents().revise(List.of(document("../../etc/passwd", "Title", Classification.PUBLIC))));
        assertTrue(notAChecksum.getMessage().contains("is not the SHA-256 of a stored file"), notAChecksum.getMessage());
    }
}
