package org.treatyarchive.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseTest {

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("Phrase\\.of\\(\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    @Test
    void aRuleSaysInEnglishWhatItAlwaysSaidAndInRussianAndPersianTheSame() {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> Check.required("signed", "The date of signature", null));
        assertEquals("The date of signature is required.", refused.getMessage());
        Phrase phrase = refused.phrase().orElseThrow();
        assertEquals("Поле «Дата подписания» обязательно.", phrase.render(Locale.forLanguageTag("ru"), (argument, locale) -> argument));
        assertEquals("تاریخ امضا الزامی است.", phrase.render(Locale.forLanguageTag("fa"), (argument, locale) -> argument));
        Phrase before = Phrase.of("dates.before", Phrase.label("Entry into force"), HistoricalDate.ofDay(2015, 3, 1), Phrase.label("signature"),
                HistoricalDate.ofDay(2015, 3, 12));
        assertEquals("Entry into force (1 March 2015) cannot be before signature (12 March 2015).", before.english());
        assertEquals("'next spring' is not a date the archive can read: type a day (12 August 2018, 12.08.2018, 2018-08-12), a month"
                + " (August 2018, 2018-08) or a year (2018).", assertThrows(InvalidDateException.class, () -> HistoricalDate.read("next spring")).getMessage());
        assertEquals("The title in fa", Phrase.label("The title in fa").english(), "a label made up on the spot stays as it was given");
    }

    @Test
    void refusalsOfAccountsAndReferenceDataSpeakTheReadersLanguageAndStayTheSameInEnglish() {
        Phrase tooShort = assertThrows(InvalidRecordException.class, () -> org.treatyarchive.user.PasswordPolicy.check("short".toCharArray()))
                .phrase().orElseThrow();
        assertEquals("A password needs at least 12 characters.", tooShort.english());
        assertEquals("Пароль должен содержать не менее 12 символов.", tooShort.render(Locale.forLanguageTag("ru"), (argument, locale) -> argument));
        assertEquals("گذرواژه دست‌کم 12 نویسه لازم دارد.", tooShort.render(Locale.forLanguageTag("fa"), (argument, locale) -> argument));

        Usage used = new Usage(7, List.of("AGR-1940-0001", "AGR-1945-0007"), List.of(Phrase.of("usage.predecessorOf", "Russian Federation")));
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> used.refuseDeletionIfUsed(Phrase.of("record.party", "USSR"), "usage.partyTo"));
        assertEquals("The party USSR cannot be deleted: it is party to 7 agreements (AGR-1940-0001, AGR-1945-0007, …) and is the predecessor "
                + "of Russian Federation. Change those records first.", refused.getMessage());
        assertEquals("delete", refused.getField());
        String russian = refused.phrase().orElseThrow().render(Locale.forLanguageTag("ru"), (argument, locale) -> argument);
        assertTrue(russian.contains("удалить нельзя") && russian.contains("всего 7: AGR-1940-0001, AGR-1945-0007, …")
                && russian.contains("Russian Federation"), russian);
        assertEquals("The party USSR cannot be deleted: it is party to 1 agreement (AGR-1940-0001). Change those records first.",
                assertThrows(InvalidRecordException.class, () -> new Usage(1, List.of("AGR-1940-0001"), List.of())
                        .refuseDeletionIfUsed(Phrase.of("record.party", "USSR"), "usage.partyTo")).getMessage());
    }

    @Test
    void everyLanguageHasEveryPhraseOfTheRulesWithTheSameParameters() throws IOException {
        Properties english = bundle("");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher used = KEY_IN_SOURCE.matcher(Files.readString(source));
                while (used.find()) {
                    // A key ending in a dot is completed at run time ("review.verb." + verb); its forms are in the bundle.
                    assertTrue(used.group(1).endsWith(".") || english.containsKey(used.group(1)), source + " uses " + used.group(1) + ", which the bundle lacks");
                }
            }
        }
        for (String language : new String[]{"ru", "fa"}) {
            Properties other = bundle("_" + language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(parameters(english.getProperty(key)), parameters(other.getProperty(key)), language + ": " + key);
            }
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PhraseTest.class.getResourceAsStream("/org/treatyarchive/domain/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> parameters(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
