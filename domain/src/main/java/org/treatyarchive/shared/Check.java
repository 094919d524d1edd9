package org.treatyarchive.shared;

import java.util.function.Supplier;

/**
 * Guards for constructor and method arguments that turn a broken rule into an
 * {@link InvalidRecordException} naming the field, with a message an archivist can read.
 */
public final class Check {

    private Check() {
    }

    public static String requiredText(String field, String label, String value, int maxLength) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            throw new InvalidRecordException(field, Phrase.of("check.required", Phrase.label(label)));
        }
        return maxLength(field, label, text, maxLength);
    }

    public static String optionalText(String field, String label, String value, int maxLength) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        return maxLength(field, label, text, maxLength);
    }

    public static <T> T required(String field, String label, T value) {
        if (value == null) {
            throw new InvalidRecordException(field, Phrase.of("check.required", Phrase.label(label)));
        }
        return value;
    }

    private static String maxLength(String field, String label, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidRecordException(field, Phrase.of("check.tooLong", Phrase.label(label), text.length(), maxLength));
        }
        return text;
    }

    /**
     * Runs the check of a value shared by several records (a language tag, a citation), reporting its
     * failure under the field of the record being edited, so that a form shows it in the right place.
     */
    public static <T> T asField(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidRecordException invalid) {
            throw invalid.getField().equals(field) ? invalid : new InvalidRecordException(field, invalid);
        }
    }
}
