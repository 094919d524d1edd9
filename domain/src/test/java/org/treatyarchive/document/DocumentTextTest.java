package org.treatyarchive.document;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How reading a file's text moves on, and what staff are told at each step. */
class DocumentTextTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aFileWaitsIsReadPageByPageAndSaysSo() {
        DocumentFile file = new DocumentFile("a".repeat(64), 1000, DocumentType.PDF, 3, NOW);
        assertEquals("Text not yet read: search does not find its words yet.", file.textStatus().describe());
        assertFalse(file.textStatus().settled());

        file.startReading(NOW);
        file.pageRead(false);
        assertEquals("Text being read: 1 of 3 pages.", file.textStatus().describe());
        file.pageRead(true);
        file.pageRead(false);
        file.textRead(0, NOW);

        assertEquals(TextState.READ, file.textStatus().state());
        assertEquals("Searchable: 3 pages, 1 read by OCR.", file.textStatus().describe());
        assertTrue(file.textStatus().settled());
    }

    @Test
    void pagesLeftWithoutOcrAreNamed() {
        DocumentFile file = new DocumentFile("b".repeat(64), 1000, DocumentType.PDF, 4, NOW);
        file.startReading(NOW);
        file.pageRead(false);
        file.textRead(3, NOW);

        assertEquals(TextState.NEEDS_OCR, file.textStatus().state());
        assertEquals("Searchable in part: 3 pages have no text layer and OCR is not installed on this server.",
                file.textStatus().describe());
    }

    @Test
    void aReadingThatStartsAgainCountsFromNothing() {
        DocumentFile file = new DocumentFile("c".repeat(64), 1000, DocumentType.PNG, 1, NOW);
        file.startReading(NOW);
        file.pageRead(true);
        file.startReading(NOW.plusSeconds(3600));
        file.pageRead(true);
        file.textRead(0, NOW);

        assertEquals("Searchable: 1 page, all read by OCR.", file.textStatus().describe());
    }

    @Test
    void onlyAFileBeingReadTakesPagesAndAFailureKeepsItsReason() {
        DocumentFile file = new DocumentFile("d".repeat(64), 1000, DocumentType.PDF, 1, NOW);
        assertThrows(IllegalStateException.class, () -> file.pageRead(false));

        file.startReading(NOW);
        file.textFailed("x".repeat(600), NOW);

        assertEquals(TextState.FAILED, file.textStatus().state());
        assertEquals(DocumentFile.TEXT_NOTE_MAX, file.textStatus().note().length(), "cut to its column");
        assertTrue(file.textStatus().describe().endsWith("the file itself is kept as received."));
    }
}
