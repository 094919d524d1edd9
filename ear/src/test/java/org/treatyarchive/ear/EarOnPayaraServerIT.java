package org.treatyarchive.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EAR as an operator deploys it: the build has created a Payara Server domain, started it with
 * DB_URL pointing at a fresh MariaDB database and deployed the EAR with asadmin. This test talks to
 * it over HTTP like a browser and a script would.
 */
class EarOnPayaraServerIT {

    private static final URI BASE = URI.create(System.getProperty("archive.url", "http://localhost:28080/"));

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(BASE.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theListPageRendersTheStarterCollection() throws Exception {
        HttpResponse<String> list = get("");
        assertEquals(200, list.statusCode());
        assertTrue(list.uri().getPath().endsWith("/agreements/list.xhtml"), list.uri().toString());
        assertTrue(list.body().contains("of 19 agreements"), "the paginator counts the collection");
        assertTrue(list.body().contains("Aktau Convention"));
        assertTrue(list.body().contains("primefaces"), "PrimeFaces resources are rendered from the WAR inside the EAR");
    }

    @Test
    void theApiAnswersFromMariaDb() throws Exception {
        HttpResponse<String> response = get("api/agreements?party=KZ&kind=CONVENTION");
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            assertEquals(2, answer.getInt("total"));
            assertEquals(List.of("Aktau Convention", "Tehran Convention"), answer.getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().map(item -> item.getString("shortTitle")).toList());
        }
    }

    @Test
    void theServerRunsTheArchiveOnMariaDb() throws Exception {
        Path log = Path.of(System.getProperty("payara.log"));
        String text = Files.readString(log);
        assertTrue(text.contains("Archive schema on MySQL 5.5.5-") && text.contains("MariaDB"),
                "the schema was migrated on MariaDB, not on an embedded database");
        assertTrue(text.contains("Loaded the starter collection"), "the collection was loaded into the new database");
    }
}
