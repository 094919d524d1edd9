package org.treatyarchive.web.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface is offered in, each named in itself for the language menu. A language
 * is listed here only when its bundle has every key the English one has (a test holds that).
 */
public enum InterfaceLanguage {

    ENGLISH("en", "English", false),
    RUSSIAN("ru", "Русский", false),
    PERSIAN("fa", "فارسی", true);

    private final String tag;
    private final String ownName;
    private final boolean rightToLeft;

    InterfaceLanguage(String tag, String ownName, boolean rightToLeft) {
        this.tag = tag;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    public static final InterfaceLanguage DEFAULT = ENGLISH;

    public static Optional<InterfaceLanguage> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(candidate -> candidate.tag.equals(language)).findFirst();
    }

    /** The first of the browser's languages (in its order of preference) the interface speaks. */
    public static Optional<InterfaceLanguage> firstOf(List<Locale> preferred) {
        return preferred.stream().map(locale -> of(locale.toLanguageTag())).flatMap(Optional::stream).findFirst();
    }

    public String tag() { return tag; }
    public String ownName() { return ownName; }
    public boolean rightToLeft() { return rightToLeft; }
    public String direction() { return rightToLeft ? "rtl" : "ltr"; }
    public Locale locale() { return Locale.forLanguageTag(tag); }
}
