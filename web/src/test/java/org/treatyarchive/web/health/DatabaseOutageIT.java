package org.treatyarchive.web.health;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiIT;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The database goes away under a running node and comes back: the node's readiness says so within
 * seconds, readers get a 503 that asks them to retry, and everything answers again without a
 * restart. The outage is played on the MariaDB run by locking the archive's own account and cutting
 * its connections, which is what a node sees of a database that stopped (its pooled connections
 * die, new ones are refused), without stopping a server other runs share. A class of its own, so
 * that no other test meets the pool the outage left behind.
 */
class DatabaseOutageIT extends ApiIT {

    private static final String URL = System.getProperty("it.db.url");
    private static final String ROOT = System.getProperty("it.db.user", "root");
    private static final String ROOT_PASSWORD = System.getProperty("it.db.password", "");
    private static final String ARCHIVE_ACCOUNT = System.getProperty("it.mariadb.user", "archive_it");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNodeIsNotReadyWhileItsDatabaseIsAwayAndReadyAgainWhenItReturns() throws Exception {
        assertEquals(200, get("/health/ready").statusCode(), "ready before the outage");
        assertEquals(200, get("api/agreements/AGR-2018-0001").statusCode());

        lockOut(true);
        try {
            HttpResponse<String> down = until("readiness says the database is down", response -> response.statusCode() == 503);
            JsonObject database = check(down, "database");
            assertEquals("DOWN", database.getString("status"), down.body());
            assertEquals("the database does not answer", database.getJsonObject("data").getString("problem"));
            assertEquals("UP", check(down, "storage").getString("status"), "the disk is not what is down: " + down.body());

            HttpResponse<String> record = until("a record read answers 503", response -> response.statusCode() != 200,
                    "api/agreements/AGR-2018-0001");
            assertEquals(503, record.statusCode(), record.body());
            assertEquals("30", record.headers().firstValue("Retry-After").orElse(null));
            assertTrue(record.body().contains("\"status\":503"), record.body());
        } finally {
            lockOut(false);
        }

        HttpResponse<String> ready = until("readiness is up again", response -> response.statusCode() == 200);
        assertEquals("UP", check(ready, "database").getString("status"));
        HttpResponse<String> record = until("the record answers again", response -> response.statusCode() == 200, "api/agreements/AGR-2018-0001");
        assertTrue(record.body().contains("Aktau") || record.body().contains("Caspian"), record.body());
        assertEquals(200, get("agreements/list.xhtml").statusCode(), "pages answer again too");
    }

    /** Locks (or unlocks) the archive's account and, locking, ends every connection it holds. */
    private static void lockOut(boolean locked) throws SQLException {
        try (Connection root = DriverManager.getConnection(URL, ROOT, ROOT_PASSWORD); Statement statement = root.createStatement()) {
            for (String host : List.of("localhost", "127.0.0.1")) {
                statement.execute("ALTER USER '" + ARCHIVE_ACCOUNT + "'@'" + host + "' ACCOUNT " + (locked ? "LOCK" : "UNLOCK"));
            }
            if (!locked) {
                return;
            }
            List<Long> sessions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT id FROM information_schema.processlist WHERE user = '" + ARCHIVE_ACCOUNT + "'")) {
                while (rows.next()) {
                    sessions.add(rows.getLong(1));
                }
            }
            for (long session : sessions) {
                try {
                    statement.execute("KILL CONNECTION " + session);
                } catch (SQLException alreadyGone) {
                    // It ended between the listing and the kill: what was wanted.
                }
            }
        }
    }

    private HttpResponse<String> until(String what, Predicate<HttpResponse<String>> condition) throws Exception {
        return until(what, condition, "/health/ready");
    }

    private HttpResponse<String> until(String what, Predicate<HttpResponse<String>> condition, String path) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> last;
        do {
            last = get(path);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return fail("Not within " + PATIENCE.toSeconds() + " s: " + what + "; last answer " + last.statusCode() + " " + last.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject check(HttpResponse<String> readiness, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(readiness.body()))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> check.getString("name").equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no check " + name + " in " + readiness.body()));
        }
    }
}
