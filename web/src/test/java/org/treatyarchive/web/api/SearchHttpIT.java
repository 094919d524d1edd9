package org.treatyarchive.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiIT;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Full-text search on the Caspian collection, on the embedded database and on MariaDB: the right
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
        assertEquals(0, searchFor(word).getInt("total"), "an anonymous reader finds nothing");
        assertEquals(19, search("size=1").getInt("total"), "and the counts do not betray it");
        JsonObject staff = json(api.as(archivist, "GET", "api/agreements?q=" + word, null));
        assertEquals(1, staff.getInt("total"), "the archivist finds the draft at once: indexed on save");
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
}
