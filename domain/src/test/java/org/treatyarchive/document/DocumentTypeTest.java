package org.treatyarchive.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file's type comes from its content, never from its name or what a client says. */
class DocumentTypeTest {

    private static Optional<DocumentType> of(String text) {
        return DocumentType.recognise(text.getBytes(StandardCharsets.UTF_8), Set.of());
    }

    @Test
    void theFormatsTheArchiveKeepsAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of(DocumentType.PDF), of("%PDF-1.7\n%âãÏÓ"));
        assertEquals(Optional.of(DocumentType.PNG), DocumentType.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, Set.of()));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.recognise(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, Set.of()));
        assertEquals(Optional.of(DocumentType.TIFF), DocumentType.recognise(new byte[] {'I', 'I', 42, 0, 8}, Set.of()));
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.recognise(new byte[] {'P', 'K', 3, 4},
                Set.of("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(DocumentType.TXT), of("Статья 1. Договаривающиеся Стороны…\n"));
    }

    @Test
    void markupExecutablesAndOtherZipsAreNotKept() {
        assertEquals(Optional.empty(), of("<!DOCTYPE html><html><script>alert(1)</script>"));
        assertEquals(Optional.empty(), of("  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        assertEquals(Optional.empty(), DocumentType.recognise(new byte[] {'M', 'Z', (byte) 0x90, 0}, Set.of()));
        assertEquals(Optional.empty(), DocumentType.recognise(new byte[] {'P', 'K', 3, 4}, Set.of("payload.exe")));
        assertEquals(Optional.empty(), DocumentType.recognise(new byte[0], Set.of()));
        assertEquals(Optional.empty(), DocumentType.recognise(new byte[] {'a', 0, 'b'}, Set.of()), "NUL is not text");
    }

    @Test
    void aNameMustSuitTheContentAndOnlyPdfsAndBrowserImagesOpenInline() {
        assertTrue(DocumentType.PDF.suitsName("Aktau Convention.PDF"));
        assertTrue(DocumentType.PDF.suitsName("no-extension"));
        assertFalse(DocumentType.PDF.suitsName("convention.docx"));
        assertTrue(DocumentType.PDF.inline());
        assertFalse(DocumentType.TIFF.inline());
        assertFalse(DocumentType.TXT.inline());
    }
}
