package org.treatyarchive.web.language;

import com.ibm.icu.text.MessageFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.HistoricalDate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The request's interface language for the pages ({@code #{language}}): the {@code <html lang dir>},
 * the view's locale, the language menu, dates as its readers write them and the labels of the
 * archive's enumerations (kinds, statuses...) from the bundle.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

    static final String BUNDLE = "org.treatyarchive.web.language.messages";

    /** English asked for is English, not the bundle of whatever locale the server's JVM runs in. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    @Inject
    HttpServletRequest request;

    private InterfaceLanguage current;

    public InterfaceLanguage getCurrent() {
        if (current == null) {
            current = of(request);
        }
        return current;
    }

    public Locale getLocale() { return getCurrent().locale(); }
    public String getTag() { return getCurrent().tag(); }
    public String getDir() { return getCurrent().direction(); }
    public List<InterfaceLanguage> getLanguages() { return List.of(InterfaceLanguage.values()); }

    /** This page, with its parameters, in another language. */
    public String href(InterfaceLanguage language) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang=")).collect(Collectors.joining("&"));
        String uri = request.getAttribute("jakarta.servlet.forward.request_uri") instanceof String forwarded ? forwarded : request.getRequestURI();
        return uri + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + URLEncoder.encode(language.tag(), StandardCharsets.UTF_8);
    }

    /** A text of the interface in the reader's language, its {@code {0}} parameters filled in. */
    public String text(String key, Object... parameters) {
        return text(getCurrent(), key, parameters);
    }

    /** The same for code that has the language but no bean, such as a message put on the page by a static helper. */
    public static String text(InterfaceLanguage language, String key, Object... parameters) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(parameters);
    }

    /** The language the filter settled for a request (English where none did, as for a request outside the filter). */
    public static InterfaceLanguage of(HttpServletRequest request) {
        return request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof InterfaceLanguage language ? language : InterfaceLanguage.DEFAULT;
    }

    /** A date as the reader's language writes it; empty for none. */
    public String date(HistoricalDate date) {
        return LocalizedDates.display(date, getCurrent());
    }

    /** A day (a party's own dates are days) as the reader's language writes it; empty for none. */
    public String day(LocalDate day) {
        return day == null ? "" : date(HistoricalDate.ofDay(day));
    }

    /** A language's name in the reader's language ("ترکی آذربایجانی" for az on a Persian page); the tag when unknown. */
    public String languageName(String tag) {
        return languageName(tag, getCurrent());
    }

    /** The same for code that has the language but no bean (the record's PDF). */
    public static String languageName(String tag, InterfaceLanguage language) {
        String name = Locale.forLanguageTag(tag).getDisplayName(language.locale());
        return name.isEmpty() || name.equals(tag) ? tag : name;
    }

    /** "Russian (ru), Kazakh (kk)": stored tags, each with its language's name where one is known; a dash for none. */
    public static String languageNames(List<String> tags, InterfaceLanguage language) {
        return tags.isEmpty() ? "—" : tags.stream().map(tag -> {
            String name = languageName(tag, language);
            return name.equals(tag) ? tag : name + " (" + tag + ")";
        }).collect(Collectors.joining(text(language, "common.listSeparator")));
    }

    /** A party's name in the reader's language where the register holds one, else its name as registered. */
    public String partyName(Party party) {
        return partyName(party, getCurrent());
    }

    /** The same for code that has the language but no bean (the record's PDF). */
    public static String partyName(Party party, InterfaceLanguage language) {
        if (party == null) {
            return "";
        }
        return language == InterfaceLanguage.ENGLISH ? party.getName() : party.nameIn(language.tag()).orElse(party.getName());
    }

    /** An enumeration's label in the reader's language ({@code enum.AgreementKind.CONVENTION}). */
    public String label(Enum<?> value) {
        return label(value, getLocale());
    }

    /** The same in a given language: for a value a rule of the archive names in its refusal. */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        } catch (MissingResourceException notInTheBundle) {
            try {
                return String.valueOf(value.getClass().getMethod("getLabel").invoke(value));
            } catch (ReflectiveOperationException noLabel) {
                return value.name();
            }
        }
    }
}
