package org.treatyarchive.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiIT;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.array;
import static org.treatyarchive.web.ApiClient.json;

/**
 * The archive seen by state, by summit and by relation, over HTTP on the starter collection: every
 * agreement a party takes part in with its own terms, its predecessors' agreements marked as theirs,
 * what two parties have both signed, figures that add up, a summit's agreements, an agreement's
 * lineage, and the access rules of every other list.
 */
class ArchiveViewsHttpIT extends ApiIT {

    private JsonObject get(String path) throws Exception {
        return get(path, null);
    }

    private JsonObject get(String path, String user) throws Exception {
        HttpResponse<String> answer = user == null ? api.call("GET", path, null, null, null) : api.as(user, "GET", path, null);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return json(answer);
    }

    /** Short title (or official title) to the row, for every row of every page. */
    private Map<String, JsonObject> allRows(String path, String user) throws Exception {
        JsonObject first = get(path + (path.contains("?") ? "&" : "?") + "size=200", user);
        assertTrue(first.getInt("total") <= 200, "one page holds them all: " + first.getInt("total"));
        return first.getJsonArray("items").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                row -> row.getJsonObject("agreement").getString("shortTitle", row.getJsonObject("agreement").getString("title"))
                        + (row.getBoolean("predecessor") ? " as " + row.getString("asParty") : ""),
                row -> row, (one, other) -> one));
    }

    @Test
    void kazakhstansPageListsItsAgreementsWithItsOwnTerms() throws Exception {
        Map<String, JsonObject> rows = allRows("api/parties/KZ/agreements", null);
        for (String[] expected : new String[][]{{"Aktau Convention", "2018-08-12"}, {"Tehran Convention", "2003-11-04"},
                {"Azerbaijan–Kazakhstan Seabed Agreement (2001)", "2001-11-29"}}) {
            JsonObject row = rows.get(expected[0]);
            assertTrue(row != null, expected[0] + " is on Kazakhstan's list: " + rows.keySet());
            assertEquals("KZ", row.getString("asParty"));
            assertFalse(row.getBoolean("predecessor"));
            assertEquals(expected[1], row.getString("signed"), "Kazakhstan's own signature of " + expected[0]);
        }
        assertEquals("NOT_YET_IN_FORCE", rows.get("Aktau Convention").getJsonObject("agreement").getString("status"));
        assertEquals("IN_FORCE", rows.get("Tehran Convention").getJsonObject("agreement").getString("status"));

        JsonObject conventions = get("api/parties/KZ/agreements?kind=CONVENTION");
        assertEquals(2, conventions.getInt("total"), "filtered by kind");
        assertEquals("AGR-2018-0001", conventions.getJsonArray("items").getJsonObject(0).getJsonObject("agreement").getString("reference"),
                "the newest signature first");
        JsonObject nineties = get("api/parties/KZ/agreements?decade=1990&sort=TITLE");
        nineties.getJsonArray("items").getValuesAs(JsonObject.class).forEach(row ->
                assertTrue(row.getJsonObject("agreement").getString("signed").startsWith("199"), row.toString()));
    }

    @Test
    void iransPageListsTurkmenchayAsPersiasAndCanLeaveItOut() throws Exception {
        JsonObject iran = get("api/parties/IR");
        assertEquals("جمهوری اسلامی ایران", iran.getJsonObject("names").getString("fa"));
        assertEquals(List.of("PERSIA"), iran.getJsonArray("predecessors").getValuesAs(JsonObject.class).stream()
                .map(party -> party.getString("code")).toList());
        JsonObject persia = get("api/parties/PERSIA");
        assertEquals("IR", persia.getJsonArray("successors").getJsonObject(0).getString("code"));

        Map<String, JsonObject> rows = allRows("api/parties/IR/agreements", null);
        JsonObject turkmenchay = rows.get("Treaty of Turkmenchay as PERSIA");
        assertTrue(turkmenchay != null, "Turkmenchay, through Persia: " + rows.keySet());
        assertEquals("1828-02-22", turkmenchay.getString("signed"));
        assertTrue(rows.containsKey("Aktau Convention"), "and Iran's own");
        assertFalse(allRows("api/parties/IR/agreements?withPredecessors=false", null).containsKey("Treaty of Turkmenchay as PERSIA"),
                "the switch leaves the predecessors' agreements out");
        assertEquals(iran.getJsonObject("withPredecessors").getInt("total"), rows.size(), "the figures count the rows listed");
        assertEquals(iran.getJsonObject("own").getInt("total") + 2, rows.size(), "Turkmenchay and the 1921 treaty came through Persia");
    }

    @Test
    void kazakhstanAndAzerbaijanListWhatTheyHaveBothSigned() throws Exception {
        Map<String, JsonObject> rows = allRows("api/parties/KZ/agreements?other=AZ", null);
        for (String both : List.of("Azerbaijan–Kazakhstan Seabed Agreement (2001)", "Additional Protocol to the 2001 Seabed Agreement",
                "Caspian Seabed Junction Point Agreement", "Aktau Convention")) {
            assertTrue(rows.containsKey(both), both + ": " + rows.keySet());
        }
        rows.values().forEach(row -> assertTrue(row.getJsonObject("agreement").getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .anyMatch(party -> party.getString("code").equals("AZ")), "Azerbaijan takes part in each: " + row));
        assertFalse(rows.containsKey("Treaty of Turkmenchay"));

        HttpResponse<byte[]> csv = api.download(null, "api/parties/KZ/agreements.csv?other=AZ");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFreference,title,kind,status,asParty"), text.substring(0, Math.min(80, text.length())));
        assertEquals(rows.size() + 1, text.strip().split("\r\n").length, "a header and a line per row: " + text);
        assertTrue(text.contains(",KZ,false,2001-11-29,"), "Kazakhstan's own signature of the 2001 agreement: " + text);

        HttpResponse<byte[]> xlsx = api.download(null, "api/parties/KZ/agreements.xlsx?other=AZ");
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String sheet = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(sheet != null, "a workbook with its sheet");
        assertEquals(rows.size() + 1, sheet.split("<row ", -1).length - 1, "the same rows as the CSV, under the same header");
        assertTrue(sheet.contains(">asParty<") && sheet.contains(">2001-11-29<"), "the party's own terms in their columns");
    }

    @Test
    void theFiguresAddUpToWhatAReaderMaySee() throws Exception {
        JsonObject kazakhstan = get("api/parties/KZ");
        JsonObject own = kazakhstan.getJsonObject("own");
        int byStatus = own.getJsonObject("byStatus").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum();
        int byKind = own.getJsonObject("byKind").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum();
        int listed = get("api/parties/KZ/agreements?withPredecessors=false").getInt("total");
        assertEquals(listed, own.getInt("total"));
        assertEquals(listed, byStatus, "each agreement in one status");
        assertEquals(listed, byKind, "each agreement of one kind");
        for (String status : own.getJsonObject("byStatus").keySet()) {
            assertEquals(own.getJsonObject("byStatus").getInt(status), get("api/parties/KZ/agreements?withPredecessors=false&status=" + status).getInt("total"),
                    status + ": the figure is what the status filter lists");
        }
        int viaSearch = get("api/agreements?party=KZ").getInt("total");
        assertEquals(viaSearch, listed, "the same agreements as the search's party filter");

        long inRegister = array(api.call("GET", "api/parties", null, null, null)).getValuesAs(JsonObject.class).stream()
                .filter(party -> party.getString("code").equals("KZ")).mapToLong(party -> party.getJsonNumber("agreements").longValue())
                .findFirst().orElseThrow();
        assertEquals(listed, inRegister, "the register's count is the page's");
    }

    @Test
    void aDraftOrAConfidentialRecordIsOnNoReadersList() throws Exception {
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String draft = json(api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder()
                .add("officialTitle", "Confidential memorandum between Kazakhstan and Azerbaijan on a ferry line")
                .add("kind", "MEMORANDUM_OF_UNDERSTANDING").add("format", "BILATERAL").add("signed", "2022")
                .add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "KZ"))
                        .add(Json.createObjectBuilder().add("code", "AZ")))
                .build().toString())).getString("reference");
        String reader = api.createUser("reader", "PUBLIC", "READER");
        for (String user : new String[]{null, reader}) {
            assertFalse(get("api/parties/KZ/agreements?other=AZ&size=200", user).toString().contains(draft), "as " + user);
        }
        assertTrue(get("api/parties/KZ/agreements?other=AZ&size=200", archivist).toString().contains(draft),
                "the archivist, cleared and staff, sees the draft on the party's list");
    }

    @Test
    void anUnknownPartyOrAnUnreadableFilterIsRefusedClearly() throws Exception {
        HttpResponse<String> unknown = api.call("GET", "api/parties/XX/agreements", null, null, null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("There is no party with the code XX."), unknown.body());
        HttpResponse<String> decade = api.call("GET", "api/parties/KZ/agreements?decade=1995", null, null, null);
        assertEquals(400, decade.statusCode());
        assertTrue(decade.body().contains("decade"), decade.body());
        assertEquals(400, api.call("GET", "api/parties/KZ/agreements?withPredecessors=perhaps", null, null, null).statusCode());
        assertEquals(404, api.call("GET", "parties/view.xhtml?code=XX", null, null, null).statusCode(), "the page too");
    }

    @Test
    void theFourthCaspianSummitsPageListsTheThreeAstrakhanAgreements() throws Exception {
        JsonObject astrakhan = array(api.call("GET", "api/events", null, null, null)).getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("name").equals("Fourth Caspian Summit")).findFirst().orElseThrow();
        assertEquals("2014-09-29", astrakhan.getString("starts"));
        JsonObject summit = get(astrakhan.getString("href").substring(1));
        assertEquals("Astrakhan", summit.getString("place"));
        assertEquals(3, summit.getInt("agreementsTotal"), summit.toString());
        summit.getJsonArray("agreements").getValuesAs(JsonObject.class).forEach(agreement -> {
            assertEquals("2014-09-29", agreement.getString("signed"));
            assertEquals("Astrakhan", agreement.getString("placeOfSignature"));
        });
        HttpResponse<String> page = api.call("GET", "events/view.xhtml?id=" + summit.getInt("id"), null, null, null);
        assertEquals(200, page.statusCode());
        for (JsonObject agreement : summit.getJsonArray("agreements").getValuesAs(JsonObject.class)) {
            assertTrue(page.body().contains(agreement.getString("reference")), agreement.getString("reference") + " on the summit's page");
        }
        // A stateless view for a reader: no session (a client keeping no cookie opened one per request), nothing private to keep.
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a summit's page: " + page.headers().allValues("Set-Cookie"));
        assertFalse(page.headers().firstValue("Cache-Control").orElse("").contains("private"), page.headers().toString());
        // Its table pages by posting its form back with the summit's number carried in it: the same summit's rows, still no session.
        HttpResponse<String> paged = api.tablePage("events/view.xhtml", "results:agreements", "id=" + summit.getInt("id"));
        assertEquals(200, paged.statusCode());
        assertFalse(paged.body().contains("<error>"), paged.body());
        for (JsonObject agreement : summit.getJsonArray("agreements").getValuesAs(JsonObject.class)) {
            assertTrue(paged.body().contains(agreement.getString("reference")), agreement.getString("reference") + " paged: " + paged.body());
        }
        assertFalse(paged.body().contains("Turkmenchay"), "only the summit's agreements, not the whole archive");
        assertTrue(paged.headers().allValues("Set-Cookie").isEmpty(), "paging opens no session: " + paged.headers().allValues("Set-Cookie"));
        assertEquals(404, api.call("GET", "api/events/999999", null, null, null).statusCode());
        assertEquals(404, api.call("GET", "api/events/first", null, null, null).statusCode());
        assertEquals(404, api.call("GET", "events/view.xhtml?id=first", null, null, null).statusCode());
    }

    /**
     * A client that keeps no cookie (a crawler) opened a session, holding the page's state for half an hour, with every
     * request of a page that kept state, forms or none: only signing in and the timeline's filters keep it now.
     */
    @Test
    void aReaderOpensNoSessionButToSignInOrOnTheTimeline() throws Exception {
        JsonObject summit = array(api.call("GET", "api/events", null, null, null)).getValuesAs(JsonObject.class).get(0);
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String page : List.of("agreements/list.xhtml", "agreements/search.xhtml?q=caspian", "agreements/view.xhtml?ref=AGR-2018-0001",
                "parties/list.xhtml", "parties/view.xhtml?code=KZ", "events/list.xhtml", "events/view.xhtml?id=" + summit.getInt("id"),
                "subjects/list.xhtml", "statistics.xhtml", "api.xhtml")) {
            pages.put(page, 200);
        }
        pages.put("agreements/view.xhtml?ref=AGR-1000-0001", 404);
        pages.put("events/view.xhtml?id=0", 404);
        List<String> opened = new ArrayList<>();
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            HttpResponse<String> answer = api.call("GET", page.getKey(), null, null, null);
            assertEquals(page.getValue(), answer.statusCode(), page.getKey());
            if (!answer.headers().allValues("Set-Cookie").isEmpty()) {
                opened.add(page.getKey() + " " + answer.headers().allValues("Set-Cookie"));
            }
        }
        assertEquals(List.of(), opened, "pages that opened a session for an anonymous reader");
        assertFalse(api.call("GET", "account/login.xhtml", null, null, null).headers().allValues("Set-Cookie").isEmpty(),
                "the sign-in form keeps its state (and the user's, once signed in)");
    }

    @Test
    void theSeabedAgreementsGraphHasItsProtocolAsSupplementingIt() throws Exception {
        Map<String, JsonObject> rows = allRows("api/parties/KZ/agreements?other=AZ", null);
        String seabed = rows.get("Azerbaijan–Kazakhstan Seabed Agreement (2001)").getJsonObject("agreement").getString("reference");
        String protocol = rows.get("Additional Protocol to the 2001 Seabed Agreement").getJsonObject("agreement").getString("reference");
        String junction = rows.get("Caspian Seabed Junction Point Agreement").getJsonObject("agreement").getString("reference");

        JsonObject graph = get("api/agreements/" + seabed + "/relations");
        assertEquals(seabed, graph.getString("centre"));
        List<String> edges = graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(edge -> edge.getString("from") + " " + edge.getString("type") + " " + edge.getString("to")).toList();
        assertTrue(edges.contains(protocol + " SUPPLEMENTS " + seabed), edges.toString());
        assertTrue(edges.contains(junction + " REFERS_TO " + seabed), edges.toString());
        JsonObject protocolNode = graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(node -> node.getString("reference").equals(protocol)).findFirst().orElseThrow();
        assertEquals(1, protocolNode.getInt("distance"));
        assertEquals("Additional Protocol to the 2001 Seabed Agreement (2003)", protocolNode.getString("label"));
        JsonObject fromProtocol = get("api/agreements/" + protocol + "/relations?depth=2");
        assertTrue(fromProtocol.toString().contains(junction), "two steps out: the protocol, the agreement, the junction agreement");
        assertEquals(1, get("api/agreements/" + protocol + "/relations?depth=1").getJsonArray("edges").size(), "one step: its own relation only");

        assertEquals(400, api.call("GET", "api/agreements/" + seabed + "/relations?depth=4", null, null, null).statusCode());
        assertEquals(404, api.call("GET", "api/agreements/AGR-1900-0001/relations", null, null, null).statusCode());
    }

    @Test
    void theFiguresOfTheWholeArchiveAddUpToTheTotalAReaderMaySee() throws Exception {
        JsonObject figures = get("api/statistics");
        int total = figures.getInt("total");
        assertEquals(get("api/agreements").getInt("total"), total, "the list's total");
        int byDecade = figures.getJsonObject("byDecadeAndKind").values().stream()
                .mapToInt(kinds -> kinds.asJsonObject().values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum()).sum();
        assertEquals(total, byDecade, "every agreement in one decade and of one kind");
        assertEquals(total, figures.getJsonObject("byFormat").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum());
        assertEquals(total, figures.getJsonObject("byStatus").values().stream().mapToInt(count -> Integer.parseInt(count.toString())).sum());
        for (String status : figures.getJsonObject("byStatus").keySet()) {
            assertEquals(figures.getJsonObject("byStatus").getInt(status), get("api/agreements?status=" + status).getInt("total"),
                    status + ": the figure is what the search's status filter finds");
        }
        assertTrue(figures.getJsonObject("byStatus").getInt("TERMINATED") > 0, "Turkmenchay, ended by the 1921 treaty, among others");
        assertEquals(1, figures.getJsonObject("byDecadeAndKind").getJsonObject("1820").getInt("TREATY"), "Turkmenchay, 1828");
        assertEquals(get("api/parties/KZ/agreements?withPredecessors=false").getInt("total"), figures.getJsonObject("perParty").getInt("KZ"));
        assertEquals(get("api/agreements?decade=2010").getInt("total"), figures.getJsonObject("byDecadeAndKind").getJsonObject("2010").values()
                .stream().mapToInt(count -> Integer.parseInt(count.toString())).sum(), "a decade's figure is the search's decade facet");

        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        json(api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder()
                .add("officialTitle", "Confidential protocol counted only for the cleared").add("kind", "PROTOCOL").add("format", "BILATERAL")
                .add("signed", "1995").add("classification", "CONFIDENTIAL").build().toString()));
        assertEquals(total, get("api/statistics").getInt("total"), "a confidential draft counts for no reader");
        assertTrue(get("api/statistics", archivist).getInt("total") > total, "it counts for the cleared archivist who entered it");
        HttpResponse<String> page = api.call("GET", "statistics.xhtml", null, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"decadeTable\"") && page.body().contains("Republic of Kazakhstan"), "the numbers beside the charts");
    }
}
