package org.treatyarchive.user;

import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

/** What a password must be. Length is what makes a password strong; no rules of character classes. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidRecordException("password", Phrase.of("password.tooShort", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidRecordException("password", Phrase.of("password.tooLong", MAX_LENGTH));
        }
        if (new String(password).isBlank()) {
            throw new InvalidRecordException("password", Phrase.of("password.blank"));
        }
    }
}
