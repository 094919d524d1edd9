package org.treatyarchive.web.language;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the interface's languages to their promise: every offered language has every text the
 * English bundle has, with the same parameters, and the pages say nothing a bundle does not hold.
 */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String BUNDLES = "/org/treatyarchive/web/language/messages";

    /** Attributes whose values people read. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("value", "label", "title", "placeholder", "headerText", "emptyMessage",
            "itemLabel", "header", "message", "legend", "converterMessage", "requiredMessage", "validatorMessage", "alt", "aria-label",
            "ariaHeaderText", "currentPageReportTemplate", "noSelectionLabel", "labelTemplate", "emptyLabel", "invalidFileMessage",
            "invalidSizeMessage");

    /** What may stay literal in any language: names of formats and algorithms, and symbols. */
    private static final Set<String> SYMBOLS = Set.of("CSV", "JSON", "XLSX", "PDF", "SHA-256", "API", "OAI-PMH", "RSS", "Atom");

    /** Examples of what is typed or sent, which stay as they are in every language. */
    private static final Set<String> CODE = Set.of("AZ; KZ", "KZ, USSR", "az, fa, kk, ru, tk, en", "Accept: application/json");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyOfferedLanguageHasEveryTextOfTheEnglishOneWithTheSameParameters() throws IOException {
        Properties english = bundle("");
        assertTrue(english.size() > 100, "the English bundle is read");
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            if (language == InterfaceLanguage.ENGLISH) {
                continue;
            }
            Properties other = bundle("_" + language.tag());
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), missing, language + " lacks these texts, so it cannot be offered");
            assertEquals(Set.of(), extra, language + " has texts English does not: a renamed or removed key");
            for (String key : english.stringPropertyNames()) {
                assertEquals(parameters(english.getProperty(key)), parameters(other.getProperty(key)), language + ": parameters of " + key);
                assertTrue(!other.getProperty(key).isBlank(), language + ": " + key + " is empty");
            }
        }
    }

    @Test
    void thePagesSayNothingTheBundlesDoNotHold() throws Exception {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                String name = WEBAPP.relativize(page).toString().replace('\\', '/');
                literalTexts(page).forEach(text -> literal.add(name + ": \"" + text + "\""));
            }
        }
        assertEquals(List.of(), literal, "texts written into pages instead of the bundles");
    }

    /** The scanner itself finds a literal text, in an element and in a read attribute, and lets expressions and symbols pass. */
    @Test
    void theScannerFindsWhatItLooksFor() throws Exception {
        Path page = Files.createTempFile("page", ".xhtml");
        Files.writeString(page, "<p xmlns:p=\"x\">Save <p:button value=\"Go on\" styleClass=\"big\"/> #{msg['a']} CSV <span title=\"#{x}\">—</span>"
                + "<code>/openapi</code><code>externalId</code><b title=\"#{a ? 'CHANGE' : 'rtl'}\">#{form.new ? 'New agreement' : ''}</b></p>");
        assertEquals(List.of("Save", "Go on", "#{form.new ? 'New agreement' : ''}"), literalTexts(page));
    }

    private static List<String> literalTexts(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
        Document document = builder.parse(page.toFile());
        List<String> found = new ArrayList<>();
        walk(document.getDocumentElement(), found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (node instanceof Element element) {
            if (Set.of("script", "style").contains(element.getLocalName())) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (READ_ATTRIBUTES.contains(attribute.getLocalName()) && isWords(attribute.getValue())) {
                    found.add(attribute.getValue().strip());
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE && isWords(node.getNodeValue())) {
            found.add(node.getNodeValue().strip().replaceAll("\\s+", " "));
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            walk(children.item(i), found);
        }
    }

    /** A string inside an expression: words ('New agreement', 'Edit ') or a value the code compares ('CHANGE', 'rtl', a key). */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern WORDY = Pattern.compile("[A-Z][a-z]+.*|.*[A-Za-z]{2}.*\\s.*|.*\\s.*[A-Za-z]{2}.*");

    /**
     * Whether anything but expressions, symbols, numbers and punctuation is left. A single token
     * that is a path, an address or an identifier ({@code /openapi}, {@code party:KZ:consentOn},
     * {@code externalId}, {@code ru}) is code, the same in every language.
     */
    private static boolean isWords(String text) {
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            Matcher quoted = QUOTED.matcher(expressions.group());
            while (quoted.find()) {
                if (WORDY.matcher(quoted.group(1)).matches()) {
                    return true;
                }
            }
        }
        String rest = EXPRESSION.matcher(text).replaceAll(" ");
        for (String symbol : SYMBOLS) {
            rest = rest.replace(symbol, " ");
        }
        String token = rest.strip();
        if (CODE.contains(token) || (!token.contains(" ") && (token.contains("/") || token.contains(":") || IDENTIFIER.matcher(token).matches()))) {
            return false;
        }
        return rest.codePoints().filter(Character::isLetter).count() > 1;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLES + suffix + ".properties")) {
            assertTrue(in != null, "no bundle " + BUNDLES + suffix);
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
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
