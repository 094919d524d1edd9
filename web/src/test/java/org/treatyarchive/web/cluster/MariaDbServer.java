package org.treatyarchive.web.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the cluster test's own, from the machine's MariaDB packages, in a folder under
 * {@code target/} and on a port of its own: the test restarts it under load, which it must not do to
 * the server the other runs share.
 */
final class MariaDbServer implements AutoCloseable {

    private static final String SERVER = "/usr/sbin/mariadbd";
    private static final String INSTALL = "/usr/bin/mariadb-install-db";

    final int port;
    private final Path folder;
    private Process process;

    private MariaDbServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Creates the server's data folder and starts it, with {@code root} and no password, on 127.0.0.1 only. */
    static MariaDbServer start(Path folder, int port) throws IOException, InterruptedException, SQLException {
        Files.createDirectories(folder);
        List<String> install = new ArrayList<>(List.of(INSTALL, "--no-defaults", "--datadir=" + folder.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        asWhoRuns(install);
        Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(folder.resolve("install.log").toFile()).start();
        if (!installing.waitFor(2, TimeUnit.MINUTES) || installing.exitValue() != 0) {
            throw new AssertionError("mariadb-install-db failed (Debian package mariadb-server); see " + folder.resolve("install.log") + ":\n"
                    + Files.readString(folder.resolve("install.log"), StandardCharsets.UTF_8));
        }
        MariaDbServer server = new MariaDbServer(folder, port);
        server.startServer();
        return server;
    }

    /** mariadbd refuses to run as root unless told to; the test machines run the build as root. */
    private static void asWhoRuns(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    private void startServer() throws IOException, InterruptedException, SQLException {
        List<String> command = new ArrayList<>(List.of(SERVER, "--no-defaults", "--datadir=" + folder.resolve("data"), "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + folder.resolve("mysqld.sock"), "--pid-file=" + folder.resolve("mysqld.pid"),
                "--log-error=" + folder.resolve("error.log"), "--innodb-buffer-pool-size=128M", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci", "--max-connections=300"));
        asWhoRuns(command);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.out").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection ignored = connect("")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("MariaDB did not start on port " + port + "; see " + folder.resolve("error.log"), notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "root", "");
    }

    String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    /** A restart as an operator does one: the server shuts down cleanly (every connection cut), then starts on the same data. */
    Duration restart() throws IOException, InterruptedException, SQLException {
        Instant begun = Instant.now();
        stop();
        startServer();
        return Duration.between(begun, Instant.now());
    }

    private void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
