package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A text in a named language, such as the Persian or Russian title of an agreement or the Kazakh
 * name of a state. The language is a BCP 47 tag ({@code fa}, {@code ru}, {@code kk-Cyrl}).
 */
@Embeddable
public class LocalizedText implements Serializable {

    public static final int LANGUAGE_MAX = 35;
    public static final int TEXT_MAX = 1000;

    /** Scripts written right to left; the view sets {@code dir="rtl"} for these. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ps", "ur", "ug", "yi", "ckb", "dv", "syr");

    @Column(name = "language", length = LANGUAGE_MAX, nullable = false)
    private String language;

    @Column(name = "text", length = TEXT_MAX, nullable = false)
    private String text;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String language, String text) {
        this.language = normalizeLanguage(language);
        this.text = Check.requiredText("text", "The text in " + this.language, text, TEXT_MAX);
    }

    /**
     * The languages as normalised tags, in the order given, refused under the field's name when one
     * is not a language tag or is listed twice.
     */
    public static List<String> distinctLanguages(String field, List<String> languages) {
        List<String> tags = new ArrayList<>();
        for (String language : languages) {
            String tag = Check.asField(field, () -> normalizeLanguage(language));
            if (tags.contains(tag)) {
                throw new InvalidRecordException(field, Phrase.of("language.twice", tag));
            }
            tags.add(tag);
        }
        return tags;
    }

    /** Refuses, under the field's name, two texts in one language. */
    public static void checkOnePerLanguage(String field, Collection<LocalizedText> texts) {
        Set<String> languages = new HashSet<>();
        for (LocalizedText text : texts) {
            if (!languages.add(text.getLanguage())) {
                throw new InvalidRecordException(field, Phrase.of("titles.twiceInLanguage", text.getLanguageName(), text.getLanguage()));
            }
        }
    }

    /**
     * Checks a BCP 47 language tag and returns its canonical form.
     *
     * @throws InvalidRecordException when the tag is empty or malformed
     */
    public static String normalizeLanguage(String language) {
        String tag = Check.requiredText("language", "The language", language, LANGUAGE_MAX);
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language subtag");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new InvalidRecordException("language", Phrase.of("language.notTag", tag));
        }
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public boolean isRightToLeft() {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(language).getLanguage())
                || language.contains("-Arab");
    }

    /** The language's English name, for display. */
    public String getLanguageName() {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayName(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && language.equals(that.language) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, text);
    }
}
