package org.treatyarchive.web.health;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiIT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * The search service goes away for thirty seconds under a running node while archivists save, then
 * comes back (the OpenSearch run only: the build's node is stopped and started again from its data).
 * Saves go on, since they only write the database and its outbox; searches, API and pages, answer a
 * 503 that says search is away, not a stack trace; records still open; readiness names the search
 * index. The outage outlasts Hibernate Search's own retries (three, two seconds apart in this run), so
 * the changes are given up and must be put back by the archive; once the node is back every save is
 * found, once each.
 */
class SearchOutageIT extends ApiIT {

    private static final String PORT = System.getProperty("it.opensearch.port", "19201");
    private static final Path HOME = Path.of(System.getProperty("it.opensearch.home", "target/opensearch")).toAbsolutePath();
    private static final Path CLUSTER = Path.of("..", "cluster", "opensearch.sh").toAbsolutePath().normalize();
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int SAVES = 10;

    /** The node started again by this test, a child of this JVM: it serves the classes after this one and ends with the run. */
    private static Process restarted;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopTheRestartedNodeWithTheRun() {
        if (restarted != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroy));
        }
    }

    @Test
    void savesGoOnWhileSearchIsAwayAndAreFoundOnceItIsBack() throws Exception {
        // The build runs this class on OpenSearch only; named by hand (-Dit.test) it would stop the node other runs do not have.
        assumeTrue("opensearch".equals(System.getProperty("it.search")), "the OpenSearch run only");
        String archivist = api.createUser("archivist", "PUBLIC", "ARCHIVIST");
        String marker = "Beluga" + System.nanoTime() % 1_000_000;
        Instant stopped = stopOpenSearch();
        List<String> saved = new ArrayList<>();
        try {
            for (int i = 1; i <= SAVES; i++) {
                HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", "{\"officialTitle\":\"Protocol on " + marker
                        + " quotas, part " + i + "\",\"kind\":\"PROTOCOL\",\"format\":\"BILATERAL\",\"signed\":\"2024\"}");
                assertEquals(201, created.statusCode(), "a save needs no search service: " + created.body());
                saved.add(json(created).getString("reference"));
            }

            HttpResponse<String> search = api.as(archivist, "GET", "api/agreements?q=" + marker, null);
            assertEquals(503, search.statusCode(), search.body());
            assertEquals("30", search.headers().firstValue("Retry-After").orElse(""));
            assertTrue(json(search).getString("error").startsWith("Search is temporarily unavailable"), search.body());
            HttpResponse<String> page = get("agreements/search.xhtml?q=" + marker);
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("Search is unavailable for a moment"), page.body());
            assertFalse(page.body().contains("Exception") || page.body().contains("at org."), "no stack trace: " + page.body());
            assertEquals(200, api.as(archivist, "GET", "api/agreements/" + saved.get(0), null).statusCode(), "a record opens without search");
            HttpResponse<String> ready = get("/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"search-index\",\"status\":\"DOWN\""), ready.body());

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
            assertTrue(abortedEvents() > 0, "Hibernate Search gave up on the saves while the cluster was away, so the archive's retry is what brings them back");
        } finally {
            startOpenSearch();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject found;
        do {
            Thread.sleep(500);
            found = json(api.as(archivist, "GET", "api/agreements?q=" + marker + "&size=50", null));
        } while (found.getInt("total") < SAVES && Instant.now().isBefore(deadline));
        List<String> references = found.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("reference")).toList();
        assertEquals(Set.copyOf(saved), new HashSet<>(references), "every save found once search is back");
        assertEquals(SAVES, references.size(), "and none twice");
        assertEquals(0, abortedEvents(), "nothing left given up");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the build's node as an operator's {@code kill} would, and waits until its port refuses. */
    private static Instant stopOpenSearch() throws Exception {
        String pid = Files.readString(Path.of(HOME + ".pid")).strip();
        assertEquals(0, new ProcessBuilder("kill", pid).inheritIO().start().waitFor(), "OpenSearch (process " + pid + ") stopped");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", Integer.parseInt(PORT))) {
                Thread.sleep(200);
            } catch (IOException refused) {
                return Instant.now();
            }
        }
        return fail("OpenSearch still answers on " + PORT + " a minute after it was told to stop");
    }

    /** Starts the node again on its data, as cluster/opensearch.sh does, and waits until it answers. */
    private static void startOpenSearch() throws Exception {
        ProcessBuilder start = new ProcessBuilder("bash", CLUSTER.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(HOME + "-restart.log").toFile()));
        start.environment().put("OPENSEARCH_PORT", PORT);
        start.environment().put("OPENSEARCH_HOME", HOME.toString());
        start.environment().put("OPENSEARCH_HEAP", "512m");
        start.environment().put("OPENSEARCH_FRESH", "false");
        restarted = start.start();
        ProcessBuilder wait = new ProcessBuilder("bash", CLUSTER.toString(), "wait").redirectErrorStream(true);
        wait.environment().put("OPENSEARCH_PORT", PORT);
        wait.environment().put("OPENSEARCH_HOME", HOME.toString());
        Process waiting = wait.start();
        String said = new String(waiting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(waiting.waitFor(5, TimeUnit.MINUTES) && waiting.exitValue() == 0, "OpenSearch did not come back: " + said
                + "; see " + HOME + "-restart.log");
    }

    /** Changes Hibernate Search gave up indexing, from the outbox table itself. */
    private static long abortedEvents() throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", "")); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from HSEARCH_OUTBOX_EVENT where status = 'ABORTED'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
