package org.treatyarchive.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API and the pages as a browser or a script meets them: over HTTP, against the built WAR
 * on Payara Micro, on the database the build chose for this run.
 */
class ArchiveHttpIT extends ApiIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /**
     * A load balancer's view: the node is ready, and says so by part (the database, the search index
     * and how far behind it is, the storage and its room), without a count of records for anyone to read.
     */
    @Test
    void theReadinessCheckReportsEachPartUpWithTheFiguresToAlertOn() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject answer = json(ready);
        assertEquals("UP", answer.getString("status"));
        Map<String, JsonObject> checks = answer.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
        for (String part : List.of("database", "search-index", "storage")) {
            assertEquals("UP", checks.get(part).getString("status"), part + ": " + ready.body());
        }
        JsonObject index = checks.get("search-index").getJsonObject("data");
        assertEquals(0, figure(index, "lagAgreements"), "the starter collection is indexed whole");
        assertTrue(figure(checks.get("storage").getJsonObject("data"), "freeDiskMegabytes") > 0);
        assertFalse(ready.body().contains("\"stored\"") || ready.body().contains("\"indexed\""), "no record counts: " + ready.body());
        assertEquals(200, get("/health/live").statusCode());
    }

    /**
     * An operator's scraper reads the node's metrics as OpenMetrics text with the token it was given; an
     * administrator may look too; nobody else learns how the server is used.
     */
    @Test
    void theMetricsCountRequestsSearchesAndFailedSignInsForTheScraperAlone() throws Exception {
        assertEquals(200, get("agreements/list.xhtml").statusCode());
        assertEquals(200, get("api/agreements?q=caspian").statusCode());
        assertEquals(401, api.call("GET", "api/me", "nobody" + System.nanoTime(), "not-the-password", null).statusCode());

        HttpResponse<String> anonymous = get("metrics");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "), anonymous.headers().toString());
        assertEquals(401, scrape("Bearer it-metrics-token-0123456789abcdeX").statusCode(), "a wrong token");
        String reader = api.createUser("reader", "PUBLIC", "READER");
        assertEquals(403, api.call("GET", "metrics", reader, ApiClient.PASSWORD, null).statusCode(), "signed in, without the role");

        HttpResponse<String> scraped = scrape("Bearer it-metrics-token-0123456789abcdef");
        assertEquals(200, scraped.statusCode());
        assertTrue(scraped.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"), scraped.headers().toString());
        String text = scraped.body();
        assertTrue(text.endsWith("# EOF\n"), "the format's end marker");
        assertTrue(text.contains("# TYPE archive_http_request_seconds histogram"), text);
        assertTrue(text.matches("(?s).*archive_http_request_seconds_count\\{route=\"/agreements/list\\.xhtml\",status=\"2xx\"} [1-9].*"), text);
        assertTrue(text.contains("archive_http_request_seconds_bucket{route=\"/api/agreements\",status=\"2xx\",le=\"+Inf\"}"), text);
        assertTrue(text.matches("(?s).*archive_search_seconds_count\\{facets=\"true\"} [1-9].*"), "the search's own time: " + text);
        assertTrue(text.matches("(?s).*archive_security_events_total\\{type=\"LOGIN_FAILED\"} [1-9].*"), "the failed sign-in: " + text);
        assertTrue(text.contains("archive_security_events_total{type=\"ACCOUNT_LOCKED\"} "), "there from the start, for alert rules");
        assertTrue(text.contains("\narchive_database_up 1\n") && text.contains("\narchive_search_index_lag_agreements 0\n"), text);
        assertFalse(text.contains("AGR-"), "no record's reference in a route: the series stay few");
        assertEquals(200, api.call("GET", "metrics", "admin", ApiClient.ADMIN_PASSWORD, null).statusCode(), "an administrator may look");
    }

    private HttpResponse<String> scrape(String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("metrics")).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A check's figure: Payara writes a {@code long} datum as a JSON string, other servers as a number. */
    private static long figure(JsonObject data, String name) {
        return Long.parseLong(data.get(name).toString().replace("\"", ""));
    }

    /** The first visit gets the browser's language: Russian for {@code Accept-Language: ru}, the first one spoken among several, English otherwise. */
    @Test
    void thePagesAnswerInTheBrowsersLanguage() throws Exception {
        for (String[] asked : new String[][]{{"ru", "ru", "Соглашения"}, {"de-DE, fa;q=0.8, en;q=0.5", "fa", "موافقت‌نامه‌ها"},
                {"de", "en", "Agreements"}}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("agreements/list.xhtml"))
                    .header("Accept-Language", asked[0]).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html lang=\"" + asked[1] + "\""), asked[0] + ": " + page.body().substring(0, 300));
            assertTrue(page.body().contains("<h1 class=\"archive-title\">" + asked[2]), asked[0]);
            assertEquals(asked[1], page.headers().firstValue("Content-Language").orElse(""));
            assertTrue(page.headers().allValues("Vary").stream().anyMatch(vary -> vary.contains("Accept-Language")), "caches keep the languages apart");
        }
    }

    @Test
    @RunAsClient
    void listsTheConventionsKazakhstanIsPartyTo() throws Exception {
        HttpResponse<String> response = get("api/agreements?party=KZ&kind=CONVENTION");
        assertEquals(200, response.statusCode());
        JsonObject answer = json(response);
        assertEquals(2, answer.getInt("total"));
        List<String> titles = answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("shortTitle")).toList();
        assertEquals(List.of("Aktau Convention", "Tehran Convention"), titles, "newest first by default");
        JsonObject aktau = answer.getJsonArray("items").getJsonObject(0);
        assertEquals("2018-08-12", aktau.getString("signed"));
        assertEquals("Aktau", aktau.getString("placeOfSignature"));
        assertEquals(5, aktau.getJsonArray("parties").size());
        assertEquals("NOT_YET_IN_FORCE", aktau.getString("status"));
    }

    /**
     * The record sheet a reader prints or sends: a PDF that opens, with its fonts embedded, whose
     * text (extracted as a search engine or a screen reader would) holds the Russian title, the
     * Persian one in its logical order, the parties and an article.
     */
    @Test
    @RunAsClient
    void theRecordAsPdfHoldsItsTitlesInEveryLanguageWithEmbeddedFonts() throws Exception {
        HttpResponse<byte[]> answer = api.download(null, "api/agreements/AGR-2018-0001.pdf");
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        // Kept beside the browser tests' screenshots, for a person to look at the layout.
        java.nio.file.Path kept = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"), "record-AGR-2018-0001.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, answer.body());
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Convention on the Legal Status of the Caspian Sea", "Конвенция о правовом статусе Каспийского моря",
                    "کنوانسیون رژیم حقوقی دریای خزر", "Republic of Kazakhstan", "Article 1 — Terms used", "AGR-2018-0001 · page 1 of")) {
                assertTrue(text.contains(expected), expected + " is not in the PDF's text:\n" + text);
            }
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), name + " is not embedded");
                }
            }
        }
        assertEquals(404, api.download(null, "api/agreements/AGR-1900-0001.pdf").statusCode());

        // In the reader's language: the sheet's headings, dates and kinds; the record's own texts as entered.
        try (PDDocument pdf = Loader.loadPDF(api.download(null, "api/agreements/AGR-2018-0001.pdf?lang=ru").body())) {
            String text = new PDFTextStripper().getText(pdf);
            // Languages and parties named as a Russian reader names them, where the register holds the name.
            for (String expected : List.of("Стороны", "Статья 1 — Terms used", "12 августа 2018 г.", "Конвенция", "стр. 1 из",
                    "русский (ru)", "Республика Казахстан (KZ)")) {
                assertTrue(text.contains(expected), expected + " is not in the Russian sheet:\n" + text);
            }
        }
        byte[] persian = api.download(null, "api/agreements/AGR-2018-0001.pdf?lang=fa").body();
        Files.write(kept.resolveSibling("record-AGR-2018-0001-fa.pdf"), persian);
        try (PDDocument pdf = Loader.loadPDF(persian)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("۲۱ مرداد ۱۳۹۷"), "the Solar Hijri date of signature:\n" + text);
            assertTrue(text.contains("جمهوری قزاقستان"), "Kazakhstan by its Persian name:\n" + text);
        }

        // A draft prints as one, with its classification on every page, and only for those who may see it.
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String draft = ApiClient.json(api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder()
                .add("officialTitle", "Draft memorandum on a ferry line").add("kind", "MEMORANDUM_OF_UNDERSTANDING").add("format", "BILATERAL")
                .add("signed", "2021").add("classification", "CONFIDENTIAL").build().toString())).getString("reference");
        assertEquals(404, api.download(null, "api/agreements/" + draft + ".pdf").statusCode(), "a draft is no reader's");
        try (PDDocument pdf = Loader.loadPDF(api.download(archivist, "api/agreements/" + draft + ".pdf").body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("CONFIDENTIAL · DRAFT, NOT PUBLISHED"));
        }
    }

    @Test
    @RunAsClient
    void returnsTheCompleteRecord() throws Exception {
        String reference = json(get("api/agreements?q=aktau")).getJsonArray("items").getJsonObject(0).getString("reference");
        JsonObject record = json(get("api/agreements/" + reference));
        assertEquals("Convention on the Legal Status of the Caspian Sea", record.getString("title"));
        assertEquals(5, record.getJsonArray("parties").size());
        assertEquals("Fifth Caspian Summit", record.getJsonObject("event").getString("name"));
        JsonArray titles = record.getJsonArray("titles");
        assertTrue(titles.getValuesAs(JsonObject.class).stream()
                .anyMatch(title -> title.getString("language").equals("fa") && title.getString("direction").equals("rtl")));
    }

    @Test
    @RunAsClient
    void showsTheProtocolAsRelatedToThe2001Agreement() throws Exception {
        String reference = json(get("api/agreements?q=Azerbaijan%E2%80%93Kazakhstan%20Seabed")).getJsonArray("items")
                .getJsonObject(0).getString("reference");
        JsonArray relations = json(get("api/agreements/" + reference)).getJsonArray("relations");
        assertTrue(relations.getValuesAs(JsonObject.class).stream().anyMatch(relation ->
                relation.getString("type").equals("SUPPLEMENTS") && relation.getString("direction").equals("incoming")
                        && relation.getString("reference").startsWith("AGR-2003-")), relations.toString());
    }

    @Test
    @RunAsClient
    void answersAnUnknownReferenceWith404AndAJsonError() throws Exception {
        HttpResponse<String> response = get("api/agreements/AGR-1999-0042");
        assertEquals(404, response.statusCode());
        assertEquals("There is no agreement with the reference AGR-1999-0042.", json(response).getString("error"));
    }

    @Test
    @RunAsClient
    void answersBadParametersWith400NamingTheParameter() throws Exception {
        for (String[] call : new String[][]{
                {"api/agreements?signedFrom=12/2001", "signedFrom"},
                {"api/agreements?kind=pact", "kind"},
                {"api/agreements?status=valid", "status"},
                {"api/agreements?page=0", "page"},
                {"api/agreements?size=100000", "size"},
                {"api/agreements?signedFrom=2010&signedTo=2001", "signedTo"}}) {
            HttpResponse<String> response = get(call[0]);
            assertEquals(400, response.statusCode(), call[0]);
            JsonObject error = json(response);
            assertEquals(call[1], error.getString("parameter"), call[0]);
            assertTrue(error.getString("error").length() > 10, call[0]);
        }
    }

    @Test
    @RunAsClient
    void rendersTheListAndDetailPages() throws Exception {
        HttpResponse<String> root = get("");
        assertEquals(200, root.statusCode());
        assertTrue(root.uri().getPath().endsWith("/agreements/list.xhtml"), "the root opens the list: " + root.uri());
        assertTrue(root.body().contains("of 19 agreements"), "paginator shows the total");
        assertTrue(root.body().contains("Aktau Convention"));

        String reference = json(get("api/agreements?q=aktau")).getJsonArray("items").getJsonObject(0).getString("reference");
        HttpResponse<String> detail = get("agreements/view.xhtml?ref=" + reference);
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("Fifth Caspian Summit, Aktau, 12 August 2018"));
        assertTrue(detail.body().contains("dir=\"rtl\""), "the Persian title is shown right to left");
        assertTrue(detail.body().contains("Parties (5)"));
        assertTrue(detail.body().contains("last changed") && detail.body().contains("entered by starter-collection.")
                        && detail.body().strip().endsWith("</html>"),
                "the page renders to its end (a failure after the response is committed would still answer 200)");

        assertEquals(404, get("agreements/view.xhtml?ref=AGR-1999-0042").statusCode());
        assertEquals(404, get("agreements/view.xhtml?ref=not-a-reference").statusCode());
    }

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

    /**
     * The published description of the API ({@code /openapi}, MicroProfile OpenAPI as Payara generates
     * it) against the resources themselves: every resource method of the WAR, found by reflection over
     * the built classes, is in it with its HTTP method, so a new endpoint cannot be left undescribed.
     */
    @Test
    @RunAsClient
    void theOpenApiDocumentDescribesEveryResourceMethod() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject paths = json(answer).getJsonObject("paths");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet()
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + normalised(path))));

        List<String> resourceMethods = resourceMethods();
        assertTrue(resourceMethods.size() > 30, "the resources were found: " + resourceMethods);
        List<String> missing = resourceMethods.stream()
                .filter(expected -> described.stream().noneMatch(line -> line.startsWith(expected.split(" ")[0] + " ")
                        && line.endsWith(expected.substring(expected.indexOf(' ') + 1))))
                .toList();
        assertEquals(List.of(), missing, "described: " + described);
    }

    /** {@code GET /api/agreements/{}/documents}: each resource method of the built classes, its parameters' names left out. */
    private static List<String> resourceMethods() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve("org/treatyarchive/web"))) {
            for (java.nio.file.Path file : files.filter(each -> each.toString().endsWith(".class") && !each.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ArchiveHttpIT.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(verb + " " + normalised("/api/" + root.value() + (sub == null ? "" : "/" + sub.value())));
                    }
                }
            }
        }
        return found;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String normalised(String path) {
        String bare = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        return bare.length() > 1 && bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
