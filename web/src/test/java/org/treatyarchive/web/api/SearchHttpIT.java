package org.treatyarchive.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Full-text search on the Caspian collection, on the embedded database and on MariaDB with Lucene, and
 * on MariaDB with OpenSearch (the several-node setup, indexed through the outbox): the right
 * records first, with the passages that matched, facet counts that add up, facets that narrow, and
 * the publication and classification rules applied to hits and counts.
 */
class SearchHttpIT extends ApiIT {

    private JsonObject search(String query) throws Exception {
        HttpResponse<String> answer = api.call("GET", "api/agreements?" + query, null, null, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    private JsonObject searchFor(String words) throws Exception {
        return search("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    private static List<String> references(JsonObject result) {
        return result.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("reference")).toList();
    }

    private static Map<String, Integer> facet(JsonObject result, String name) {
        return result.getJsonObject("facets").getJsonArray(name).stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(value -> value.getString("value"), value -> value.getInt("count")));
    }

    /**
     * The search page keeps no session for a reader: its table of hits pages by posting the query back in
     * the form's fields (the view is stateless), and the page holds the hits the API gives for that query.
     */
    @Test
    void theSearchPagePagesItsHitsByPostingTheQueryBackWithoutASession() throws Exception {
        HttpResponse<String> page = api.call("GET", "agreements/search.xhtml?party=KZ", null, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a search: " + page.headers().allValues("Set-Cookie"));
        assertTrue(page.body().contains("name=\"party\" value=\"KZ\""), "the forms carry the query");
        List<String> expected = references(search("party=KZ&size=20"));
        assertTrue(expected.size() < search("size=1").getInt("total"), "Kazakhstan is not party to every agreement: the carried query narrows");
        // The table's own paging (20 rows, the only size it offers) asked back from its first row.
        String paging = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "results:hits", "jakarta.faces.partial.execute",
                "results:hits", "jakarta.faces.partial.render", "results:hits", "results:hits_pagination", "true", "results:hits_first", "0",
                "results:hits_rows", "20", "results", "results", "jakarta.faces.ViewState", "stateless", "party", "KZ").entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> paged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("agreements/search.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(paging)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, paged.statusCode());
        assertTrue(!paged.body().contains("<error>"), paged.body());
        assertEquals(expected, Pattern.compile("class=\"archive-reference\">([^<]+)<").matcher(paged.body()).results().map(hit -> hit.group(1))
                .toList(), "Kazakhstan's agreements, as the API finds them");
        assertTrue(paged.headers().allValues("Set-Cookie").isEmpty(), "paging opens no session: " + paged.headers().allValues("Set-Cookie"));
    }

    /** The search box's suggestions: parties first, labelled in the reader's language, each saying what choosing it searches by. */
    @Test
    void suggestionsNameAPartyInTheReadersLanguageAndSayWhatTheySearchBy() throws Exception {
        JsonObject english = json(api.call("GET", "api/suggestions?query=Turkmen", null, null, null));
        assertEquals(Json.createObjectBuilder().add("label", "Party: Turkmenistan (TM)").add("value", "party=TM").build(),
                english.getJsonArray("suggestions").getJsonObject(0));
        assertTrue(english.getJsonArray("suggestions").contains(Json.createObjectBuilder().add("label", "Treaty of Turkmenchay")
                .add("value", "q=Treaty of Turkmenchay").build()), english.toString());
        HttpResponse<String> russian = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("api/suggestions?query=Turkmen"))
                .header("Accept-Language", "ru").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(russian.body().contains("\"label\":\"Сторона: Туркменистан (TM)\""), russian.body());
        HttpResponse<String> tooLong = api.call("GET", "api/suggestions?query=" + "a".repeat(201), null, null, null);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("\"parameter\":\"query\""), tooLong.body());
    }

    @Test
    void warshipFindsTheAktauConventionFirstWithTheMatchHighlighted() throws Exception {
        JsonObject result = searchFor("warships");
        assertEquals("AGR-2018-0001", references(result).get(0), "stemmed: warships finds warship");
        JsonArray highlights = result.getJsonArray("items").getJsonObject(0).getJsonArray("highlights");
        assertTrue(highlights.toString().contains("<em>warship</em>"), highlights.toString());
    }

    @Test
    void seabedFindsThe2001AgreementAndThe2003ProtocolAndJunctionAgreementFirst() throws Exception {
        JsonObject result = searchFor("seabed");
        assertEquals(List.of("AGR-2001-0001", "AGR-2003-0001", "AGR-2003-0002"), references(result).subList(0, 3).stream().sorted().toList(),
                "the three seabed agreements before anything that only mentions the seabed: " + references(result));
        Map<String, Integer> decades = facet(result, "decade");
        assertEquals(3, decades.get("2000"));
        assertEquals(result.getInt("total"), decades.values().stream().mapToInt(Integer::intValue).sum(), "every hit has one decade");
        assertEquals(result.getInt("total"), facet(result, "party").get("KZ"), "Kazakhstan is party to all of them");
    }

    @Test
    void aRussianOrPersianQueryFindsTheTitleInThatLanguage() throws Exception {
        assertEquals("AGR-2018-0001", references(searchFor("правовой статус Каспийского моря")).get(0),
                "Russian stemming: правовой статус finds «о правовом статусе»");
        assertEquals("AGR-2018-0001", references(searchFor("کنوانسیون رژیم حقوقی")).get(0));
        JsonObject turkmenchay = searchFor("Туркманчайский");
        assertEquals(1, turkmenchay.getInt("total"));
        assertTrue(turkmenchay.getJsonArray("items").getJsonObject(0).getJsonArray("highlights").toString().contains("<em>"),
                "the Russian title is shown as the reason: " + turkmenchay);
    }

    @Test
    void facetsNarrowTheResultsAndTheCountsAgree() throws Exception {
        JsonObject all = search("size=100");
        assertEquals(19, all.getInt("total"), "no words: every published agreement a reader may see");
        int conventions = facet(all, "kind").get("CONVENTION");
        JsonObject narrowed = search("kind=CONVENTION&party=KZ&size=100");
        assertTrue(narrowed.getInt("total") <= conventions);
        assertTrue(references(narrowed).contains("AGR-2018-0001"));
        assertEquals(Map.of("CONVENTION", narrowed.getInt("total")), facet(narrowed, "kind"));
        JsonObject summit = search("event=" + URLEncoder.encode("Fifth Caspian Summit", StandardCharsets.UTF_8));
        assertTrue(references(summit).contains("AGR-2018-0001"), "what the Aktau summit produced: " + references(summit));
        assertEquals(400, api.call("GET", "api/agreements?decade=1995", null, null, null).statusCode(), "a decade starts with a year ending in 0");
    }

    @Test
    void draftsAndRecordsAboveTheReadersClearanceAreNeitherFoundNorCounted() throws Exception {
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String word = "Zanzibarite" + System.nanoTime() % 100_000;
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements",
                "{\"officialTitle\":\"Protocol on <i>" + word + "</i> sturgeon\",\"kind\":\"PROTOCOL\",\"format\":\"BILATERAL\","
                        + "\"signed\":\"2020\",\"classification\":\"CONFIDENTIAL\",\"parties\":[{\"code\":\"KZ\"},{\"code\":\"RU\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject staff = afterIndexing(() -> json(api.as(archivist, "GET", "api/agreements?q=" + word, null)), found -> found.getInt("total") == 1);
        assertEquals(1, staff.getInt("total"), "the archivist finds the draft once it is indexed: at once on Lucene, within " + INDEXING + " on OpenSearch");
        assertEquals(0, searchFor(word).getInt("total"), "an anonymous reader finds nothing");
        assertEquals(19, search("size=1").getInt("total"), "and the counts do not betray it");
        assertEquals("UNPUBLISHED", staff.getJsonArray("items").getJsonObject(0).getString("publication"));
        String passage = staff.getJsonArray("items").getJsonObject(0).getJsonArray("highlights").getString(0);
        assertTrue(passage.contains("&lt;i&gt;<em>" + word + "</em>&lt;&#x2F;i&gt;"),
                "the passage is escaped, only the match is marked up: " + passage);
    }

    @Test
    void theStatusFacetAgreesWithTheStatusOfEachHit() throws Exception {
        JsonObject all = search("size=100");
        Map<String, Integer> statuses = facet(all, "status");
        assertEquals(all.getInt("total"), statuses.values().stream().mapToInt(Integer::intValue).sum(), "every record has one status");
        assertTrue(statuses.get("TERMINATED") >= 2, "the Treaty of Turkmenchay (ended by a later treaty) and the stated one: " + statuses);
        for (Map.Entry<String, Integer> status : statuses.entrySet()) {
            JsonObject narrowed = search("size=100&status=" + status.getKey());
            assertEquals(status.getValue(), narrowed.getInt("total"), status.getKey());
            assertTrue(narrowed.getJsonArray("items").stream().allMatch(item -> item.asJsonObject().getString("status").equals(status.getKey())),
                    "the filter and the status shown use the same rule: " + status.getKey());
        }
        assertTrue(references(search("status=TERMINATED")).contains("AGR-1828-0001"), "terminated by the 1921 treaty");
    }

    @Test
    void theListIsSortedByAColumnWhenAsked() throws Exception {
        List<String> oldestFirst = references(search("sort=signed&size=3"));
        assertEquals(List.of("AGR-1828-0001", "AGR-1921-0001", "AGR-1940-0001"), oldestFirst);
        List<String> newestFirst = references(search("size=100"));
        assertEquals("AGR-2018-0001", newestFirst.get(0), "without words, newest first");
        assertEquals(references(search("sort=-reference&size=100")), newestFirst.stream().sorted(Comparator.reverseOrder()).toList());
        assertEquals(400, api.call("GET", "api/agreements?sort=colour", null, null, null).statusCode());
    }

    @Test
    void anExportHoldsEveryMatchInEachFormatWithinTheCallersAccessAndFormulasDefused() throws Exception {
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String word = "Exportable" + System.nanoTime() % 100_000;
        String title = "=HYPERLINK(\"http://example.invalid\",\"open\") Protocol on " + word + ", with a comma";
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder().add("officialTitle", title)
                .add("kind", "PROTOCOL").add("format", "BILATERAL").add("signed", "2021").add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "KZ"))
                        .add(Json.createObjectBuilder().add("code", "RU"))).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        afterIndexing(() -> json(api.as(archivist, "GET", "api/agreements?q=" + word, null)), found -> found.getInt("total") == 1);
        int published = search("size=1").getInt("total");

        HttpResponse<byte[]> all = api.download(null, "api/agreements/export?format=csv");
        assertEquals(200, all.statusCode());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(all.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"agreements-"));
        String csv = new String(all.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFreference,officialTitle,"), "UTF-8 with a byte order mark, for Excel");
        List<List<String>> rows = csv(csv.substring(1));
        assertEquals(published + 1, rows.size(), "every published agreement, not one page, and the header");
        assertTrue(rows.stream().anyMatch(row -> row.get(1).contains("Каспийского") || row.get(1).contains("Caspian")));
        assertTrue(rows.stream().noneMatch(row -> row.get(1).contains(word)), "nobody's draft for the public");

        List<List<String>> mine = csv(new String(api.download(archivist, "api/agreements/export?format=csv&q=" + word).body(),
                StandardCharsets.UTF_8).substring(1));
        assertEquals(2, mine.size(), "the archivist's own draft, found by the same words as the search");
        assertEquals("'" + title, mine.get(1).get(1), "a formula is written as text, the comma and quotes kept");
        assertEquals("KZ; RU", mine.get(1).get(8));

        HttpResponse<byte[]> xlsx = api.download(null, "api/agreements/export?format=xlsx&kind=AGREEMENT");
        assertEquals(200, xlsx.statusCode());
        String sheet = zipEntry(xlsx.body(), "xl/worksheets/sheet1.xml");
        assertEquals(search("size=1&kind=AGREEMENT").getInt("total") + 1, sheet.split("<row ", -1).length - 1, "the same rows as the search");
        assertTrue(zipEntry(xlsx.body(), "[Content_Types].xml").contains("spreadsheetml.sheet.main+xml"));

        JsonArray json = ApiClient.array(api.call("GET", "api/agreements/export?format=json&party=AZ", null, null, null));
        assertEquals(search("size=1&party=AZ").getInt("total"), json.size());
        assertTrue(json.getValuesAs(JsonObject.class).stream().allMatch(item -> item.getJsonArray("parties").toString().contains("\"AZ\"")));

        HttpResponse<String> wrong = api.call("GET", "api/agreements/export?format=pdf", null, null, null);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("format", json(wrong).getString("parameter"));
    }

    /** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static String zipEntry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the workbook");
    }
}
