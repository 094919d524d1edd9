package org.treatyarchive.shared;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * What a rule of the archive says when it refuses something, as a key of the domain's bundle
 * ({@code org/treatyarchive/domain/messages.properties} and its translations) with its arguments,
 * so that each reader gets it in the interface's language. Arguments may be phrases themselves (a
 * field's label) and dates, which the interface writes as its language writes dates. The English
 * text is what the exception says and what the API answers.
 *
 * @param fallback the English text for a key the bundle does not hold (a label no bundle names yet)
 */
public record Phrase(String key, List<Object> arguments, String fallback) implements Serializable {

    public static final String BUNDLE = "org.treatyarchive.domain.messages";

    public static Phrase of(String key, Object... arguments) {
        // Not List.of: an argument may be null (a value someone left out), and is shown as nothing.
        return new Phrase(key, new ArrayList<>(Arrays.asList(arguments)), null);
    }

    /**
     * A field's label as a rule names it ("The date of signature", key {@code label.the-date-of-signature});
     * a label made up on the spot ("The title in fa") has no key and stays English.
     */
    public static Phrase label(String english) {
        return new Phrase("label." + english.strip().replaceAll("[^\\p{L}\\p{N}]+", "-"), List.of(), english);
    }

    public String english() {
        return render(Locale.ENGLISH, (argument, language) -> argument instanceof HistoricalDate date ? date.display()
                : argument instanceof Enum<?> value ? label(value) : argument);
    }

    /** An enumeration's English label (its {@code getLabel()}, as every labelled enumeration of the archive has), else its name. */
    private static String label(Enum<?> value) {
        try {
            return String.valueOf(value.getClass().getMethod("getLabel").invoke(value));
        } catch (ReflectiveOperationException noLabel) {
            return value.name();
        }
    }

    /**
     * The phrase in a language, each argument first turned into what that language shows for it.
     *
     * @param argument what to show for an argument that is not a phrase (a date in the reader's calendar)
     */
    public String render(Locale locale, BiFunction<Object, Locale, Object> argument) {
        String pattern;
        try {
            // No fallback to the server's own locale: English asked for is English, whatever the JVM runs in.
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT))
                    .getString(key);
        } catch (MissingResourceException notInTheBundle) {
            return fallback != null ? fallback : key;
        }
        Object[] shown = arguments.stream()
                .map(value -> value instanceof Phrase phrase ? phrase.render(locale, argument) : value == null ? "" : argument.apply(value, locale))
                .map(value -> value instanceof Number number ? String.valueOf(number) : value)
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }
}
