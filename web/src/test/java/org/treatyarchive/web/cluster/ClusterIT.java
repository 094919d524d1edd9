package org.treatyarchive.web.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.Browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Several nodes for real (README, "Several nodes"): two Payara Micro nodes of the built WAR in one
 * data grid, on a MariaDB server of this test's own and the build's OpenSearch node (its indexes under
 * a prefix of their own), behind HAProxy; all on 127.0.0.1. Both nodes start at once on the empty
 * database; a save on one is searched on the other; MariaDB is restarted under load; one node is
 * killed ({@code kill -9}) during a burst of 200 saves while a signed-in archivist is half-way through a
 * form on it. What the faults cost is written to {@code target/cluster-it/figures.txt} (BENCHMARKS.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path WORK = Path.of("target", "cluster-it").toAbsolutePath();
    private static final String OWN_PASSWORD = "a password of the clustered archivist";
    private static final String TABS = "agreement:tabs:";
    private static final Duration BOOT = Duration.ofMinutes(5);

    private static MariaDbServer database;
    private static final List<ArchiveNode> NODES = new ArrayList<>();
    private static LoadBalancer balancer;
    private static ApiClient front;
    private static String archivist;
    private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startTheCluster() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        // Asked for all at once, so that no two are the same: a port given back is soon given again.
        int[] ports = freePorts(6);
        database = MariaDbServer.start(WORK.resolve("mariadb"), ports[0]);
        try (Connection root = database.connect(""); Statement statement = root.createStatement()) {
            statement.execute("CREATE DATABASE archive CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        NODES.add(new ArchiveNode("a", ports[1], ports[2], WORK));
        NODES.add(new ArchiveNode("b", ports[3], ports[4], WORK));
        // One documents folder for all nodes, as a shared volume is in a real deployment.
        Map<String, String> environment = Map.of("DB_URL", database.url("archive"), "DB_USER", "root", "DB_PASSWORD", "",
                "ARCHIVE_DATA_DIR", WORK.resolve("data").toString());
        List<String> search = List.of("-Dhibernate.search.backend.type=elasticsearch",
                "-Dhibernate.search.backend.hosts=127.0.0.1:" + System.getProperty("it.opensearch.port", "19201"),
                "-Dhibernate.search.backend.protocol=http", "-Dhibernate.search.coordination.strategy=outbox-polling",
                // A killed node's share of the outbox passes to the others once its pulse is this old (Hibernate Search: 30 s).
                "-Dhibernate.search.coordination.event_processor.pulse_expiration=10000",
                "-Darchive.search.index.prefix=cluster-it-");
        String clusterName = "treaty-archive-it-" + ProcessHandle.current().pid();
        Instant begun = Instant.now();
        // Both at once on the empty database: their migrations and starter-collection loaders meet.
        for (ArchiveNode node : NODES) {
            node.start(clusterName, NODES, environment, search);
        }
        for (ArchiveNode node : NODES) {
            node.awaitReady(BOOT);
        }
        FIGURES.add("two nodes started together on an empty database, both ready after " + Duration.between(begun, Instant.now()).toSeconds() + " s");
        balancer = LoadBalancer.start(WORK, ports[5], NODES);
        front = new ApiClient(balancer.uri().toURL());
        awaitFront();
        archivist = front.createUser("clustered", "CONFIDENTIAL", "ARCHIVIST");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        try {
            Files.write(WORK.resolve("figures.txt"), FIGURES, StandardCharsets.UTF_8);
            FIGURES.forEach(figure -> System.out.println("ClusterIT: " + figure));
        } finally {
            if (balancer != null) {
                balancer.close();
            }
            for (ArchiveNode node : NODES) {
                node.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    void nodesStartedTogetherLoadTheStarterCollectionOnceAndFormOneGrid() throws Exception {
        try (Connection connection = database.connect("archive"); Statement statement = connection.createStatement()) {
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM archive_setting WHERE name = 'starter-collection.loaded'"));
            long agreements = count(statement, "SELECT COUNT(*) FROM agreement");
            assertTrue(agreements > 10, "the starter collection is there: " + agreements);
            assertEquals(agreements, count(statement, "SELECT COUNT(DISTINCT reference) FROM agreement"), "and not twice");
            assertEquals(count(statement, "SELECT COUNT(*) FROM party"), count(statement, "SELECT COUNT(DISTINCT code) FROM party"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"), "no migration failed");
        }
        long total = -1;
        for (ArchiveNode node : NODES) {
            long seen = json(new ApiClient(node.uri().toURL()).call("GET", "api/agreements?size=1", null, null, null)).getInt("total");
            assertTrue(total == -1 || total == seen, "every node shows the same archive");
            total = seen;
        }
        for (ArchiveNode node : NODES) {
            assertTrue(node.logText().contains("DG Size: 2"), "node " + node.name + " is one of two in the data grid");
        }
    }

    @Test
    @Order(2)
    void aSaveOnOneNodeIsFoundBySearchOnTheOtherWithinFiveSeconds() throws Exception {
        ApiClient onA = new ApiClient(NODES.get(0).uri().toURL());
        ApiClient onB = new ApiClient(NODES.get(1).uri().toURL());
        String marker = "sturgeon" + System.nanoTime() % 1_000_000;
        HttpResponse<String> saved = onA.as(archivist, "POST", "api/agreements", agreement("Agreement on " + marker + " hatcheries"));
        assertEquals(201, saved.statusCode(), saved.body());
        Instant savedAt = Instant.now();
        JsonObject found;
        do {
            found = json(onB.as(archivist, "GET", "api/agreements?q=" + marker, null));
        } while (found.getInt("total") == 0 && Instant.now().isBefore(savedAt.plusSeconds(5)) && pause(100));
        long millis = Duration.between(savedAt, Instant.now()).toMillis();
        assertEquals(1, found.getInt("total"), "saved on node a, searched on node b within 5 s: " + found);
        assertEquals(json(saved).getString("reference"), found.getJsonArray("items").getJsonObject(0).getString("reference"));
        FIGURES.add("a save on node a found by search on node b after " + millis + " ms");
    }

    @Test
    @Order(3)
    void aChangeApprovedOnOneNodeIsReadAndCountedAtOnceOnTheOther() throws Exception {
        ApiClient onA = new ApiClient(NODES.get(0).uri().toURL());
        ApiClient onB = new ApiClient(NODES.get(1).uri().toURL());
        String reviewer = onA.createUser("clusterreviewer", "CONFIDENTIAL", "REVIEWER");
        // Node b counts the archive and keeps the count (FigureCache) before the change.
        long before = json(onB.call("GET", "api/statistics", null, null, null)).getJsonNumber("total").longValue();
        assertEquals(before, json(onB.call("GET", "api/statistics", null, null, null)).getJsonNumber("total").longValue());

        HttpResponse<String> created = onA.as(archivist, "POST", "api/agreements", "{\"officialTitle\":\"Protocol on seal counts, approved on node a "
                + System.nanoTime() + "\",\"kind\":\"PROTOCOL\",\"format\":\"BILATERAL\",\"signed\":\"2021-06-04\","
                + "\"parties\":[{\"code\":\"KZ\"},{\"code\":\"RU\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        assertEquals(200, onA.as(archivist, "POST", "api/agreements/" + reference + "/submission", "{}").statusCode());
        long proposal = json(onA.as(archivist, "GET", "api/agreements/" + reference + "/review", null)).getJsonNumber("openProposal").longValue();
        HttpResponse<String> approved = onA.as(reviewer, "POST", "api/reviews/" + proposal + "/approval", "{}");
        assertEquals(200, approved.statusCode(), approved.body());

        assertEquals(200, onB.call("GET", "api/agreements/" + reference, null, null, null).statusCode(), "published on node b at once");
        assertEquals(before + 1, json(onB.call("GET", "api/statistics", null, null, null)).getJsonNumber("total").longValue(),
                "node b's kept count moves at once with a change approved on node a");
    }

    @Test
    @Order(4)
    void everyNodeRecoversFromAMariaDbRestartUnderLoadWithoutARestartOfItsOwn() throws Exception {
        String marker = "restart" + System.nanoTime() % 1_000_000;
        Load load = new Load(front, archivist, marker);
        load.start(3);
        pause(3000);
        Duration down = database.restart();
        Instant back = Instant.now();
        Map<String, Long> readyAfter = new java.util.LinkedHashMap<>();
        for (ArchiveNode node : NODES) {
            Instant deadline = back.plusSeconds(60);
            while (!node.ready() && Instant.now().isBefore(deadline)) {
                pause(200);
            }
            assertTrue(node.ready(), "node " + node.name + " ready again within 60 s of the database's return, without a restart");
            readyAfter.put(node.name, Duration.between(back, Instant.now()).toMillis());
        }
        pause(3000);
        load.stop();

        assertTrue(load.succeeded.get() > 0, "the load ran");
        assertEquals(List.of(), load.unexpected, "during the restart every answer was a success or a 503 (try again), never a failure of another kind");
        for (ArchiveNode node : NODES) {
            HttpResponse<String> saved = new ApiClient(node.uri().toURL()).as(archivist, "POST", "api/agreements",
                    agreement("Agreement on " + marker + " after the restart, on node " + node.name));
            assertEquals(201, saved.statusCode(), "node " + node.name + " saves again: " + saved.body());
        }
        try (Connection connection = database.connect("archive"); Statement statement = connection.createStatement()) {
            for (String reference : load.saved) {
                assertEquals(1, count(statement, "SELECT COUNT(*) FROM agreement WHERE reference = '" + reference + "'"), reference + " kept, once");
            }
        }
        FIGURES.add("MariaDB restarted under load (3 clients through HAProxy): down " + down.toMillis() + " ms; nodes ready again after "
                + readyAfter + " ms; " + load.succeeded + " requests answered, " + load.refused + " answered 503 meanwhile, "
                + load.saved.size() + " saves");
    }

    @Test
    @Order(5)
    void aNodeKilledDuringABurstOfSavesLosesNoneAndItsSignedInUserCarriesOnElsewhere() throws Exception {
        try (Browser browser = new Browser()) {
            browser.resize(1400, 1000);
            String base = balancer.uri().toString();
            String user = front.createUser("sessioned", "CONFIDENTIAL", "ARCHIVIST");
            String password = browser.signIn(base, user, ApiClient.PASSWORD, OWN_PASSWORD);
            // The views a working day passes through, each kept in the session the grid copies.
            for (String page : List.of("agreements/list.xhtml?q=caspian", "agreements/search.xhtml?q=seabed", "parties/view.xhtml?code=KZ",
                    "parties/list.xhtml", "review/list.xhtml", "agreements/timeline.xhtml")) {
                browser.open(base + page);
                assertFalse(browser.find(By.tagName("body")).getText().contains("Something went wrong"), page);
            }
            String title = "Agreement on the protection of seals, typed before a node died " + System.nanoTime();
            browser.open(base + "agreements/edit.xhtml");
            browser.type(TABS + "officialTitle", title);
            browser.type(TABS + "signed", "12 August 2018");
            browser.choose(TABS + "classification", "Confidential");
            browser.click(By.cssSelector("a[href='#" + TABS.replace(":", "\\:") + "partiesTab']"));
            browser.waitForAnimations();
            addParty(browser, "Azerb", "AZ");
            Cookie stickiness = browser.driver().manage().getCookieNamed("ARCHIVE_NODE");
            assertTrue(stickiness != null, "HAProxy keeps the browser on a node");
            ArchiveNode victim = NODES.stream().filter(node -> node.name.equals(stickiness.getValue())).findFirst().orElseThrow();
            ArchiveNode survivor = NODES.stream().filter(node -> node != victim).findFirst().orElseThrow();

            String marker = "burst" + System.nanoTime() % 1_000_000;
            Burst burst = new Burst(front, archivist, marker, 200, 4);
            burst.runKilling(victim, 60);

            // The archivist goes on with the form: the next request reaches the other node, signed in, with the view.
            addParty(browser, "Kazakh", "KZ");
            browser.clickAndWaitForPage(By.id("agreement:save"));
            String entered = browser.find(By.id("messages")).getText();
            assertTrue(entered.startsWith("Entered the agreement as AGR-2018-"), "saved on the surviving node: " + entered);
            assertEquals(user, browser.find(By.id("signedInAs")).getText(), "still signed in");
            assertEquals(survivor.name, browser.driver().manage().getCookieNamed("ARCHIVE_NODE").getValue());
            Matcher reference = Pattern.compile("AGR-\\d{4}-\\d{4,6}").matcher(entered);
            assertTrue(reference.find());
            JsonObject form = json(front.call("GET", "api/agreements/" + reference.group() + "/form", user, password, null));
            assertEquals(title, form.getString("officialTitle"), "what was typed before the node died");
            assertEquals(2, form.getJsonArray("parties").size(), "the party added on the dead node and the one added after");

            assertEquals(200, burst.succeeded.size() + burst.failed.size());
            assertTrue(burst.succeeded.size() >= 150, "most saves succeed through the kill: " + burst.succeeded.size() + " of 200, failed " + burst.failed);
            try (Connection connection = database.connect("archive"); Statement statement = connection.createStatement()) {
                for (String saved : burst.succeeded) {
                    assertEquals(1, count(statement, "SELECT COUNT(*) FROM agreement WHERE reference = '" + saved + "'"), saved + " kept, once");
                }
                assertEquals(0, count(statement, "SELECT COUNT(*) FROM (SELECT reference FROM agreement GROUP BY reference HAVING COUNT(*) > 1) twice"),
                        "references unique");
                assertEquals(0, count(statement, "SELECT COUNT(*) FROM (SELECT official_title FROM agreement WHERE official_title LIKE '%" + marker
                        + "%' GROUP BY official_title HAVING COUNT(*) > 1) twice"), "no save written twice");
                long written = count(statement, "SELECT COUNT(*) FROM agreement WHERE official_title LIKE '%" + marker + "%'");
                assertTrue(written >= burst.succeeded.size(), "every save the client saw succeed is written");

                // Through the outbox, every written save reaches the index, the dead node's share too.
                ApiClient onSurvivor = new ApiClient(survivor.uri().toURL());
                Instant killed = burst.killedAt;
                JsonObject found;
                do {
                    found = json(onSurvivor.as(archivist, "GET", "api/agreements?q=" + marker + "&size=1", null));
                } while (found.getInt("total") < written && Instant.now().isBefore(killed.plusSeconds(90)) && pause(500));
                assertEquals(written, found.getInt("total"), "every written save found, none twice");
                FIGURES.add("node " + victim.name + " killed (kill -9) after 60 of 200 saves through HAProxy (4 clients): " + burst.succeeded.size()
                        + " succeeded, " + burst.failed.size() + " failed " + burst.failed + ", " + written + " written; first success after the kill "
                        + burst.firstSuccessAfterKill() + " ms; every save in the index " + Duration.between(killed, Instant.now()).toMillis()
                        + " ms after the kill; the browser's session carried on on node " + survivor.name);
            }
            assertTrue(survivor.ready(), "the survivor serves on");
        }
        for (ArchiveNode node : NODES) {
            assertFalse(node.logText().contains("Cannot serialize session attribute"),
                    "everything a session holds is copied to the grid; node " + node.name + " could not copy something");
        }
    }

    private static void addParty(Browser browser, String typed, String code) {
        browser.autoComplete(TABS + "partyChoice", typed, code);
        browser.waitUntil(driver -> browser.find(By.id(TABS + "partiesTable")).getText().contains(code));
    }

    private static String agreement(String title) {
        return "{\"officialTitle\":\"" + title + "\",\"kind\":\"PROTOCOL\",\"format\":\"BILATERAL\",\"signed\":\"2024\"}";
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    private static void awaitFront() throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (front.call("GET", "api/agreements?size=1", null, null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // HAProxy still starting
            }
            pause(200);
        }
        throw new AssertionError("HAProxy does not answer on " + balancer.uri() + "; see " + WORK.resolve("haproxy.log"));
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Readers and a saver through the balancer until stopped; what they were answered. */
    private static final class Load {
        final ApiClient client;
        final String user;
        final String marker;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger succeeded = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<String> saved = Collections.synchronizedList(new ArrayList<>());
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private ExecutorService threads;

        Load(ApiClient client, String user, String marker) {
            this.client = client;
            this.user = user;
            this.marker = marker;
        }

        void start(int clients) {
            threads = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                boolean saver = i == 0;
                threads.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        try {
                            HttpResponse<String> answer = saver
                                    ? client.as(user, "POST", "api/agreements", agreement("Agreement on " + marker + " number " + ++n))
                                    : client.call("GET", "api/agreements/AGR-2018-0001", null, null, null);
                            if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                                succeeded.incrementAndGet();
                                if (saver) {
                                    saved.add(json(answer).getString("reference"));
                                }
                            } else if (answer.statusCode() == 503) {
                                refused.incrementAndGet();
                                pause(100);
                            } else {
                                unexpected.add(answer.statusCode() + " " + answer.body());
                            }
                        } catch (Exception failure) {
                            unexpected.add(failure.toString());
                        }
                    }
                    return null;
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
        }
    }

    /** A fixed number of saves by several clients through the balancer, one node killed part-way. */
    private static final class Burst {
        final ApiClient client;
        final String user;
        final String marker;
        final int saves;
        final int clients;
        final List<String> succeeded = Collections.synchronizedList(new ArrayList<>());
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());
        final List<Instant> successes = Collections.synchronizedList(new ArrayList<>());
        volatile Instant killedAt;

        Burst(ApiClient client, String user, String marker, int saves, int clients) {
            this.client = client;
            this.user = user;
            this.marker = marker;
            this.saves = saves;
            this.clients = clients;
        }

        void runKilling(ArchiveNode victim, int after) throws Exception {
            AtomicInteger next = new AtomicInteger();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(threads.submit(() -> {
                    for (int n = next.incrementAndGet(); n <= saves; n = next.incrementAndGet()) {
                        try {
                            HttpResponse<String> answer = client.as(user, "POST", "api/agreements", agreement("Agreement on " + marker + " number " + n));
                            if (answer.statusCode() == 201) {
                                succeeded.add(json(answer).getString("reference"));
                                successes.add(Instant.now());
                            } else {
                                failed.add(String.valueOf(answer.statusCode()));
                            }
                        } catch (IOException cut) {
                            failed.add(cut.getClass().getSimpleName());
                        }
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            while (answered.get() < after) {
                pause(5);
            }
            victim.kill();
            killedAt = Instant.now();
            for (Future<?> thread : running) {
                thread.get(5, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }

        long firstSuccessAfterKill() {
            synchronized (successes) {
                return successes.stream().filter(at -> at.isAfter(killedAt)).min(Comparator.naturalOrder())
                        .map(at -> Duration.between(killedAt, at).toMillis()).orElse(-1L);
            }
        }
    }
}
