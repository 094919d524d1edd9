package org.treatyarchive.user;

import org.junit.jupiter.api.Test;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");
    private static final LockoutPolicy FIVE_FOR_15_MINUTES = new LockoutPolicy(5, Duration.ofMinutes(15));

    private final UserAccount reader = new UserAccount("Reader.One", "Reader One", "hash");

    @Test
    void userNamesAreLowerCaseAndPlain() {
        assertEquals("reader.one", reader.getUsername());
        assertThrows(InvalidRecordException.class, () -> new UserAccount("x", "Too short", "hash"));
        assertThrows(InvalidRecordException.class, () -> new UserAccount("has space", "Spaces", "hash"));
        assertThrows(InvalidRecordException.class, () -> new UserAccount("1abc", "Starts with a digit", "hash"));
    }

    @Test
    void theFifthFailureInARowLocksForTheConfiguredTime() {
        for (int failure = 1; failure < 5; failure++) {
            assertFalse(reader.recordFailedLogin(NOON, FIVE_FOR_15_MINUTES), "failure " + failure);
        }
        assertTrue(reader.canSignIn(NOON));
        assertTrue(reader.recordFailedLogin(NOON, FIVE_FOR_15_MINUTES), "the fifth locks");
        assertFalse(reader.canSignIn(NOON.plus(Duration.ofMinutes(14))));
        assertTrue(reader.canSignIn(NOON.plus(Duration.ofMinutes(15))), "the lock expires");
    }

    @Test
    void aFailureAfterAnExpiredLockStartsANewCount() {
        for (int failure = 0; failure < 5; failure++) {
            reader.recordFailedLogin(NOON, FIVE_FOR_15_MINUTES);
        }
        Instant later = NOON.plus(Duration.ofHours(1));
        assertFalse(reader.recordFailedLogin(later, FIVE_FOR_15_MINUTES));
        assertEquals(1, reader.getFailedLogins());
        assertTrue(reader.canSignIn(later));
    }

    @Test
    void aSuccessfulSignInForgetsFailures() {
        reader.recordFailedLogin(NOON, FIVE_FOR_15_MINUTES);
        reader.recordSuccessfulLogin(NOON);
        assertEquals(0, reader.getFailedLogins());
        assertEquals(NOON, reader.getLastLoginAt());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        reader.disable();
        assertFalse(reader.canSignIn(NOON));
        reader.enable();
        assertTrue(reader.canSignIn(NOON));
    }

    @Test
    void aResetPasswordMustBeChangedAndAChosenOneNeedNot() {
        assertTrue(reader.isMustChangePassword(), "the first password comes from an administrator");
        reader.changePassword("chosen");
        assertFalse(reader.isMustChangePassword());
        reader.resetPassword("temporary");
        assertTrue(reader.isMustChangePassword());
    }

    @Test
    void passwordsNeedTwelveCharacters() {
        InvalidRecordException tooShort = assertThrows(InvalidRecordException.class, () -> PasswordPolicy.check("short".toCharArray()));
        assertEquals("password", tooShort.getField());
        assertThrows(InvalidRecordException.class, () -> PasswordPolicy.check("            ".toCharArray()));
        PasswordPolicy.check("correct horse battery".toCharArray());
    }

    @Test
    void clearanceCoversLowerClassifications() {
        assertTrue(Classification.RESTRICTED.covers(Classification.PUBLIC));
        assertFalse(Classification.RESTRICTED.covers(Classification.CONFIDENTIAL));
    }

    @Test
    void keepsTheInterfaceLanguageItsUserChose() {
        assertTrue(reader.getInterfaceLanguage().isEmpty(), "none until chosen: the browser's languages decide");
        reader.speaks(" FA ");
        assertEquals("fa", reader.getInterfaceLanguage().orElseThrow());
        InvalidRecordException notATag = assertThrows(InvalidRecordException.class, () -> reader.speaks("fa'; drop table"));
        assertEquals("interfaceLanguage", notATag.getField());
        assertEquals("fa", reader.getInterfaceLanguage().orElseThrow(), "a refused tag leaves the choice as it was");
        reader.speaks(null);
        assertTrue(reader.getInterfaceLanguage().isEmpty());
    }
}
