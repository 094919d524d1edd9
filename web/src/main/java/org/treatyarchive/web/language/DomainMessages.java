package org.treatyarchive.web.language;

import org.treatyarchive.shared.ArchiveException;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.InvalidDateException;
import org.treatyarchive.shared.Phrase;

import java.time.LocalDate;

/**
 * What a rule of the archive said, in the reader's language: the rule's {@link Phrase} from the
 * domain's bundle, with its dates written as that language writes them; a message the rule gave in
 * English only stays as it is.
 */
public final class DomainMessages {

    private DomainMessages() {
    }

    public static String of(ArchiveException refusal, InterfaceLanguage language) {
        return refusal.phrase().map(phrase -> render(phrase, language)).orElse(refusal.getMessage());
    }

    public static String of(IllegalArgumentException unreadable, InterfaceLanguage language) {
        return unreadable instanceof InvalidDateException date && date.phrase() != null ? render(date.phrase(), language) : unreadable.getMessage();
    }

    static String render(Phrase phrase, InterfaceLanguage language) {
        return phrase.render(language.locale(), (argument, locale) -> {
            if (argument instanceof HistoricalDate date) {
                return LocalizedDates.display(date, language);
            }
            if (argument instanceof Enum<?> value) {
                return LanguageChoice.label(value, language.locale());
            }
            return argument instanceof LocalDate day ? LocalizedDates.display(HistoricalDate.ofDay(day), language) : argument;
        });
    }
}
