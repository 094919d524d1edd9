package org.treatyarchive.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Entering and correcting agreements under the archive's rules, through the API that shares the web
 * form's service: on the embedded database and on MariaDB. Records entered here are confidential,
 * entered by archivists cleared for them, so the public counts other tests check do not move.
 */
class AgreementEditingHttpIT extends ApiIT {

    private String archivist;

    @BeforeEach
    void setUp() throws Exception {
        archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
    }

    private static JsonObjectBuilder party(String code) {
        return Json.createObjectBuilder().add("code", code);
    }

    private static JsonObjectBuilder article(String number, String text) {
        return Json.createObjectBuilder().add("number", number).add("text", text);
    }

    /** The Astrakhan hydrometeorology agreement as an archivist enters it from the signed original. */
    private static JsonObjectBuilder hydrometeorology(String signed) {
        JsonArrayBuilder parties = Json.createArrayBuilder();
        List.of("AZ", "IR", "KZ", "RU", "TM").forEach(code -> parties.add(party(code)));
        return Json.createObjectBuilder()
                .add("officialTitle", "Agreement on Cooperation in the Field of Hydrometeorology of the Caspian Sea")
                .add("shortTitle", "Caspian Hydrometeorology Agreement (entered over HTTP)")
                .add("kind", "AGREEMENT").add("format", "MULTILATERAL")
                .add("signed", signed).add("placeOfSignature", "Astrakhan")
                .add("classification", "CONFIDENTIAL")
                .add("authenticLanguages", "az, fa, kk, ru, tk")
                .add("subjects", Json.createArrayBuilder().add("Hydrometeorology"))
                .add("titles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "ru")
                        .add("text", "Соглашение о сотрудничестве в области гидрометеорологии Каспийского моря")))
                .add("parties", parties)
                .add("articles", Json.createArrayBuilder().add(article("1", "Purpose")).add(article("2", "Exchange of data"))
                        .add(article("3", "Entry into force")));
    }

    private long eventId(String name) throws Exception {
        JsonObject aktau = json(api.as(archivist, "GET", "api/agreements/AGR-2018-0001/form", null));
        assertEquals("Fifth Caspian Summit", name, "the only event this helper knows how to find");
        return aktau.getJsonNumber("eventId").longValue();
    }

    private long visibleTotal(String query) throws Exception {
        return json(api.as(archivist, "GET", "api/agreements?q=" + query, null)).getJsonNumber("total").longValue();
    }

    @Test
    void anArchivistEntersAMultilateralAgreementAndItIsInTheListAndTheRecord() throws Exception {
        long before = visibleTotal("Hydrometeorology");
        JsonObject body = hydrometeorology("2014-09-29")
                .add("eventId", eventId("Fifth Caspian Summit"))
                .add("relations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "REFERS_TO").add("targetReference", "AGR-2018-0001")))
                .build();
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", body.toString());
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        assertTrue(reference.startsWith("AGR-2014-"), reference);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/agreements/" + reference));

        JsonObject record = json(api.as(archivist, "GET", "api/agreements/" + reference, null));
        assertEquals(5, record.getJsonArray("parties").size());
        assertEquals("2014-09-29", record.getString("signed"));
        assertEquals("CONFIDENTIAL", record.getString("classification"));
        assertTrue(record.toString().contains("Fifth Caspian Summit"), record.toString());
        assertTrue(record.toString().contains("AGR-2018-0001"), "the relation is recorded: " + record);
        assertEquals(before + 1, visibleTotal("Hydrometeorology"), "the new record is in the list its archivist sees");

        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        assertEquals(archivist, form.getString("editedBy"));
        assertEquals(List.of("1", "2", "3"), form.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                .map(article -> article.getString("number")).toList());
        assertEquals(404, api.call("GET", "api/agreements/" + reference, null, null, null).statusCode(),
                "a confidential record does not exist for an anonymous reader");
    }

    @Test
    void brokenRulesAreRefusedAtTheirFieldAndNothingIsWritten() throws Exception {
        long before = visibleTotal("Hydrometeorology");
        JsonObject early = hydrometeorology("1995-09-29").add("entryIntoForce", "1995-01-01").build();
        HttpResponse<String> refused = api.as(archivist, "POST", "api/agreements", early.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("entryIntoForce", json(refused).getString("parameter"));
        assertEquals("Entry into force (1 January 1995) cannot be before signature (29 September 1995).", json(refused).getString("error"));

        JsonObject twice = hydrometeorology("1995-09-29").add("parties", Json.createArrayBuilder()
                .add(party("AZ")).add(party("KZ")).add(party("RU")).add(party("KZ"))).build();
        HttpResponse<String> duplicate = api.as(archivist, "POST", "api/agreements", twice.toString());
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertEquals("participations", json(duplicate).getString("parameter"));
        assertEquals("Republic of Kazakhstan is listed twice; a state is party to an agreement once.", json(duplicate).getString("error"));

        HttpResponse<String> unreadable = api.as(archivist, "POST", "api/agreements",
                hydrometeorology("31 February 1995").build().toString());
        assertEquals(400, unreadable.statusCode(), unreadable.body());
        assertTrue(json(unreadable).getString("error").contains("February 1995 has no day 31"), unreadable.body());

        assertEquals(before, visibleTotal("Hydrometeorology"), "no refused record was written");
        HttpResponse<String> accepted = api.as(archivist, "POST", "api/agreements", hydrometeorology("1995-09-29").build().toString());
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals("AGR-1995-0001", json(accepted).getString("reference"),
                "the refused saves did not use up a reference: the counter rolled back with them");
    }

    @Test
    void aRelationToItselfIsRefusedAndTheRecordIsUnchanged() throws Exception {
        String reference = json(api.as(archivist, "POST", "api/agreements", hydrometeorology("2014-09-29").build().toString()))
                .getString("reference");
        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        JsonObject selfRelated = Json.createObjectBuilder(form)
                .add("summary", "Changed together with a relation to itself")
                .add("relations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "AMENDS").add("targetReference", reference)))
                .build();
        HttpResponse<String> refused = api.as(archivist, "PUT", "api/agreements/" + reference, selfRelated.toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("relations", json(refused).getString("parameter"));
        assertEquals("An agreement cannot be related to itself.", json(refused).getString("error"));

        JsonObject after = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        assertEquals(form.getJsonNumber("version"), after.getJsonNumber("version"), "nothing was written");
        assertEquals(JsonValue.NULL, after.get("summary"));
    }

    @Test
    void theSecondSaveOfOneVersionIsRefusedWithWhoAndWhenAndTheFirstIsKept() throws Exception {
        String other = api.createUser("colleague", "CONFIDENTIAL", "ARCHIVIST");
        String reference = json(api.as(archivist, "POST", "api/agreements", hydrometeorology("2014-09-29").build().toString()))
                .getString("reference");
        JsonObject mine = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        JsonObject theirs = json(api.as(other, "GET", "api/agreements/" + reference + "/form", null));

        HttpResponse<String> first = api.as(other, "PUT", "api/agreements/" + reference,
                Json.createObjectBuilder(theirs).add("summary", "Checked against the Russian original").build().toString());
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = api.as(archivist, "PUT", "api/agreements/" + reference,
                Json.createObjectBuilder(mine).add("depositary", "Russian Federation").build().toString());
        assertEquals(409, second.statusCode(), second.body());
        String message = json(second).getString("error");
        assertTrue(message.startsWith("Agreement " + reference + " was changed by " + other + " at "), message);
        assertTrue(message.contains("Your changes were not saved"), message);

        JsonObject stored = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        assertEquals("Checked against the Russian original", stored.getString("summary"), "the first save is kept");
        assertEquals(JsonValue.NULL, stored.get("depositary"), "the second is not");
    }

    @Test
    void articlesCanSwapNumbersAndChangeOrderInOneSave() throws Exception {
        String reference = json(api.as(archivist, "POST", "api/agreements", hydrometeorology("2014-09-29").build().toString()))
                .getString("reference");
        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        List<JsonObject> articles = form.getJsonArray("articles").getValuesAs(JsonObject.class);
        JsonArrayBuilder swapped = Json.createArrayBuilder()
                .add(Json.createObjectBuilder(articles.get(2)).add("number", "1"))
                .add(Json.createObjectBuilder(articles.get(1)))
                .add(Json.createObjectBuilder(articles.get(0)).add("number", "3"));
        HttpResponse<String> saved = api.as(archivist, "PUT", "api/agreements/" + reference,
                Json.createObjectBuilder(form).add("articles", swapped).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
        List<JsonObject> after = json(saved).getJsonArray("articles").getValuesAs(JsonObject.class);
        assertEquals(List.of("1", "2", "3"), after.stream().map(article -> article.getString("number")).toList());
        assertEquals(List.of("Entry into force", "Exchange of data", "Purpose"), after.stream().map(article -> article.getString("text")).toList());
        assertEquals(articles.get(2).getJsonNumber("id"), after.get(0).getJsonNumber("id"), "the same article, renumbered, not a new one");
    }

    @Test
    void onlyArchivistsEnterAgreementsAndNobodyAboveTheirClearance() throws Exception {
        String reader = api.createUser("reader", "CONFIDENTIAL", "READER");
        String reviewer = api.createUser("reviewer", "CONFIDENTIAL", "REVIEWER");
        long before = visibleTotal("Hydrometeorology");
        String body = hydrometeorology("2014-09-29").build().toString();
        for (String user : List.of(reader, reviewer)) {
            HttpResponse<String> forged = api.as(user, "POST", "api/agreements", body);
            assertEquals(403, forged.statusCode(), user + ": " + forged.body());
        }
        assertEquals(403, api.call("POST", "api/agreements", "admin", ApiClient.ADMIN_PASSWORD, body).statusCode());
        assertEquals(401, api.call("POST", "api/agreements", null, null, body).statusCode());

        String uncleared = api.createUser("archivist", "PUBLIC", "ARCHIVIST");
        HttpResponse<String> tooSecret = api.as(uncleared, "POST", "api/agreements", body);
        assertEquals(400, tooSecret.statusCode(), tooSecret.body());
        assertEquals("classification", json(tooSecret).getString("parameter"));
        assertEquals(before, visibleTotal("Hydrometeorology"), "nothing was created");
        String log = api.call("GET", "api/security-log", "admin", ApiClient.ADMIN_PASSWORD, null).body();
        assertTrue(log.contains("\"actor\":\"" + uncleared + "\"") && log.contains("above the caller's clearance"),
                "the attempt above the archivist's clearance is in the security log: " + log);
    }
}
