package org.treatyarchive.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalizedTextTest {

    @Test
    void persianIsRightToLeftAndRussianIsNot() {
        assertTrue(new LocalizedText("fa", "کنوانسیون رژیم حقوقی دریای خزر").isRightToLeft());
        assertFalse(new LocalizedText("ru", "Конвенция о правовом статусе Каспийского моря").isRightToLeft());
        assertTrue(new LocalizedText("az-Arab", "text").isRightToLeft());
    }

    @Test
    void normalisesLanguageTags() {
        assertEquals("kk-Cyrl", new LocalizedText("KK-cyrl", "Қазақстан").getLanguage());
        assertEquals("Russian", new LocalizedText("ru", "Россия").getLanguageName());
    }

    @Test
    void refusesMalformedTagsAndEmptyText() {
        InvalidRecordException badTag = assertThrows(InvalidRecordException.class, () -> new LocalizedText("not a tag", "x"));
        assertEquals("language", badTag.getField());
        assertThrows(InvalidRecordException.class, () -> new LocalizedText("ru", "   "));
    }
}
