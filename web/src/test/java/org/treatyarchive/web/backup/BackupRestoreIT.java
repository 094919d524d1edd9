package org.treatyarchive.web.backup;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;
import org.treatyarchive.web.ArchiveDeployment;
import org.treatyarchive.web.SampleDocuments;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.treatyarchive.web.ApiClient.json;

/**
 * The README's backup procedure, run as an operator runs it: {@code ops/backup.sh} against the
 * serving archive (MariaDB: {@code mariadb-dump --single-transaction}; H2: the archive's own online
 * {@code BACKUP}), {@code ops/restore.sh} into an empty installation (a new data folder, and on
 * MariaDB a new database), and a second archive started on it, which rebuilds its search index from
 * the restored database. The restored archive must be the same archive: every record, party,
 * event, subject and document (the whole-archive export compared), the accounts with their
 * passwords, a record's history, a document's bytes, and the search finding what it found before.
 */
class BackupRestoreIT extends ApiIT {

    private static final boolean MARIADB = "mariadb".equals(System.getProperty("it.database"));
    private static final Path DATA = Path.of(System.getProperty("it.data.dir", "target/it-data")).toAbsolutePath();
    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
    private static final String DB_URL = System.getProperty("it.db.url", "");
    private static final String ROOT = System.getProperty("it.db.user", "root");
    private static final String ROOT_PASSWORD = System.getProperty("it.db.password", "");
    private static final String RESTORED_DATABASE = "archive_restore_it_" + DATA.getFileName().toString().replaceFirst(".*-", "");

    /** MicroProfile Health's data, which Payara writes as strings. */
    private static final Pattern IN_STEP = Pattern.compile("\"lagAgreements\"\\s*:\\s*\"?0\\b");
    private static final Pattern NOT_REBUILDING = Pattern.compile("\"rebuilding\"\\s*:\\s*\"?false");

    private final HttpClient http = HttpClient.newHttpClient();
    private Process restoredArchive;
    private Path work;

    @AfterEach
    void stopTheRestoredArchive() throws Exception {
        if (restoredArchive != null) {
            restoredArchive.destroy();
            if (!restoredArchive.waitFor(30, TimeUnit.SECONDS)) {
                restoredArchive.destroyForcibly();
            }
        }
        if (MARIADB) {
            root(statement -> statement.execute("drop database if exists " + RESTORED_DATABASE));
        }
    }

    @Test
    void aBackupTakenWhileTheArchiveServesRestoresIntoAnEmptyInstallationAsTheSameArchive() throws Exception {
        work = Files.createDirectories(DATA.resolveSibling(DATA.getFileName() + "-backup-" + System.nanoTime()));
        // What this run adds beyond the starter collection: an account, a confidential draft and its document.
        String archivist = api.createUser("keeper", "CONFIDENTIAL", "ARCHIVIST");
        String title = "Agreement on sturgeon hatcheries " + System.nanoTime();
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", "{\"officialTitle\":\"" + title + "\",\"kind\":\"AGREEMENT\","
                + "\"format\":\"BILATERAL\",\"signed\":\"2019\",\"classification\":\"CONFIDENTIAL\"}");
        assertEquals(201, created.statusCode(), created.body());
        String reference = json(created).getString("reference");
        byte[] note = ("Hatchery quotas for " + title).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> filed = api.upload(archivist, "api/agreements/" + reference + "/documents",
                Map.of("kind", "OTHER", "title", "Quota note"), "quotas.txt", note);
        assertEquals(201, filed.statusCode(), filed.body());
        String documentHref = json(filed).getString("href").substring(1);

        // Copying the database is for administrators; on a server database the archive says what to run instead.
        assertEquals(401, api.call("POST", "api/backups/database", null, null, null).statusCode());
        assertEquals(403, api.as(archivist, "POST", "api/backups/database", null).statusCode());
        if (MARIADB) {
            HttpResponse<String> refused = api.call("POST", "api/backups/database", "admin", ApiClient.ADMIN_PASSWORD, null);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(json(refused).getString("error").contains("mariadb-dump --single-transaction"), refused.body());
        }

        // The backup, while readers keep reading.
        Path backup = work.resolve("backup");
        List<Integer> readsDuringBackup = new ArrayList<>();
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                try {
                    readsDuringBackup.add(api.call("GET", "api/agreements/AGR-2018-0001", null, null, null).statusCode());
                } catch (Exception failed) {
                    readsDuringBackup.add(-1);
                }
            }
        });
        reader.start();
        Map<String, String> source = new HashMap<>(installation(DATA, MARIADB ? DB_URL : null,
                MARIADB ? System.getProperty("it.mariadb.user") : null, MARIADB ? System.getProperty("it.mariadb.password") : null));
        source.put("ARCHIVE_URL", base.toString().replaceAll("/$", ""));
        source.put("ARCHIVE_BACKUP_USER", "admin");
        source.put("ARCHIVE_BACKUP_PASSWORD", ApiClient.ADMIN_PASSWORD);
        run(source, "backup.sh", backup.toString());
        reader.join();
        assertEquals(List.of(200), readsDuringBackup.stream().distinct().toList(), "every read answered while the backup ran");
        String manifest = Files.readString(backup.resolve("backup.properties"));
        assertTrue(manifest.contains("database=" + (MARIADB ? "mariadb" : "h2")), manifest);
        assertEquals(documents(DATA.resolve("documents")), documents(backup.resolve("documents")), "every stored file is in the backup");
        assertTrue(Files.exists(backup.resolve("documents").resolve(SampleDocuments.address(SampleDocuments.sha256(note)))), "the draft's document is in the backup");

        // Into an empty installation; a second restore into it is refused and changes nothing.
        Path restored = work.resolve("restored");
        String restoredUrl = null;
        if (MARIADB) {
            root(statement -> statement.execute("create database " + RESTORED_DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci"));
            restoredUrl = DB_URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + RESTORED_DATABASE);
        }
        Map<String, String> target = installation(restored, restoredUrl, MARIADB ? ROOT : null, MARIADB ? ROOT_PASSWORD : null);
        run(target, "restore.sh", backup.toString());
        Process again = start(target, "restore.sh", backup.toString());
        String refusal = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, again.waitFor(), refusal);
        assertTrue(refusal.contains("restore into an empty"), refusal);

        URI restoredBase = startArchive(target, restored);

        // The same archive: records, parties, events, subjects and documents' metadata member by member...
        assertEquals(export(URI.create(base.toString())), export(restoredBase), "the whole-archive export of the restored archive");
        // ...the accounts with their passwords, a record's history, a document's bytes, and the index rebuilt from the database.
        ApiClient there = new ApiClient(restoredBase.toURL());
        assertEquals(200, there.as(archivist, "GET", "api/me", null).statusCode(), "the archivist signs in with the same password");
        assertEquals(api.as(archivist, "GET", "api/agreements/" + reference + "/history", null).body(),
                there.as(archivist, "GET", "api/agreements/" + reference + "/history", null).body());
        assertArrayEquals(note, there.download(archivist, documentHref).body());
        String words = java.net.URLEncoder.encode(title, StandardCharsets.UTF_8);
        JsonObject found = json(there.as(archivist, "GET", "api/agreements?q=" + words, null));
        assertEquals(reference, found.getJsonArray("items").getJsonObject(0).getString("reference"), found.toString());
        JsonObject warships = json(there.call("GET", "api/agreements?q=warships", null, null, null));
        assertEquals("AGR-2018-0001", warships.getJsonArray("items").getJsonObject(0).getString("reference"), warships.toString());
    }

    /** The archive's settings for an installation, as an operator exports them before running a script. */
    private static Map<String, String> installation(Path data, String dbUrl, String user, String password) {
        Map<String, String> settings = new HashMap<>();
        settings.put("ARCHIVE_DATA_DIR", data.toString());
        settings.put("DB_URL", dbUrl == null ? "" : dbUrl);
        settings.put("DB_USER", user == null ? "" : user);
        settings.put("DB_PASSWORD", password == null ? "" : password);
        return settings;
    }

    private void run(Map<String, String> environment, String script, String... arguments) throws Exception {
        Process process = start(environment, script, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), script + " failed:\n" + output);
    }

    private static Process start(Map<String, String> environment, String script, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", OPS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The WAR on its own Payara Micro over the restored installation, as the README starts it; its address once ready with the index in step. */
    private URI startArchive(Map<String, String> environment, Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(ArchiveDeployment.serverJvmOptions());
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("archive.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--postbootcommandfile", "src/main/payara/post-boot-commands.asadmin"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(work.resolve("restored-archive.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("ARCHIVE_FIXITY_CRON", "off");
        restoredArchive = builder.start();
        URI address = URI.create("http://127.0.0.1:" + port + "/");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!restoredArchive.isAlive()) {
                fail("the restored archive stopped; see " + work.resolve("restored-archive.log"));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(address.resolve("health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && IN_STEP.matcher(ready.body()).find() && NOT_REBUILDING.matcher(ready.body()).find()) {
                    return address;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return fail("the restored archive was not ready with its index in step within five minutes; see " + work.resolve("restored-archive.log"));
    }

    /** The whole-archive export without the moment it was taken. */
    private String export(URI archive) throws Exception {
        HttpResponse<String> answer = new ApiClient(archive.toURL()).call("GET", "api/archive", "admin", ApiClient.ADMIN_PASSWORD, null);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().replaceFirst("\"exportedAt\":\"[^\"]*\"", "");
    }

    private static List<String> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> !folder.relativize(file).startsWith(".incoming"))
                    .map(file -> folder.relativize(file).toString()).sorted().toList();
        }
    }

    private interface RootWork {
        void on(Statement statement) throws SQLException;
    }

    private static void root(RootWork work) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, ROOT, ROOT_PASSWORD); Statement statement = connection.createStatement()) {
            work.on(statement);
        }
    }
}
