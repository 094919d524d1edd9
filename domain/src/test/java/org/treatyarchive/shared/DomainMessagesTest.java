package org.treatyarchive.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the archive's rules say reaches every reader in their language: no refusal is written in English
 * into the code, each is a phrase of the domain's bundle ({@link PhraseTest} holds the translations to it).
 */
class DomainMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern THROWN = Pattern.compile("new (\\w*Exception)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Exceptions for a programming error or an outage, which no reader is meant to act on; they stay English in the log. */
    private static final Set<String> NOT_FOR_READERS = Set.of("IllegalStateException", "IllegalArgumentException", "UncheckedIOException",
            "UnsupportedOperationException", "URISyntaxException", "IllformedLocaleException", "NullPointerException");

    @Test
    void noRefusalIsWrittenInEnglishIntoTheCode() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path source : sources()) {
            englishRefusals(Files.readString(source)).forEach(text -> literal.add(SOURCES.relativize(source) + ": " + text));
        }
        assertEquals(List.of(), literal, "refusals in English instead of phrases of the bundle");
    }

    /** The scanner finds what it looks for and lets phrases, field names and programming errors pass. */
    @Test
    void theScannerFindsWhatItLooksFor() {
        String code = """
                throw new InvalidRecordException("name", "The name is taken.");
                throw new NotFoundException(reference + " holds no document " + sha256 + ".");
                throw new InvalidRecordException("name", Phrase.of("subject.taken", name));
                throw new IllegalStateException("A tally cannot count fewer than none.");
                throw new AccessDeniedException(caller == null ? Phrase.of("signIn.needed") : Phrase.of("access.needsRole", who, String.join(", ", roles)));
                """;
        assertEquals(List.of("\"The name is taken.\"", "\" holds no document \""), englishRefusals(code));
    }

    private static List<String> englishRefusals(String code) {
        List<String> found = new ArrayList<>();
        Matcher thrown = THROWN.matcher(code);
        while (thrown.find()) {
            if (NOT_FOR_READERS.contains(thrown.group(1))) {
                continue;
            }
            String arguments = arguments(code, thrown.end());
            Matcher text = LITERAL.matcher(arguments);
            while (text.find()) {
                // Words with a space between them are a sentence; a single token is a field name or a key.
                if (text.group(1).matches(".*\\p{L}{2,}.*") && text.group(1).strip().contains(" ")) {
                    found.add(text.group());
                    break;
                }
            }
        }
        return found;
    }

    /** The text between the opening parenthesis at {@code from} and the one that closes it. */
    private static String arguments(String code, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && code.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }
}
