package org.treatyarchive.web.cluster;

import org.treatyarchive.web.ArchiveDeployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node as the README starts one of several: the built WAR on its own Payara Micro,
 * in a named data grid with the other nodes, on the shared database and search cluster.
 */
final class ArchiveNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final int gridPort;
    private final Path log;
    private Process process;

    ArchiveNode(String name, int port, int gridPort, Path work) {
        this.name = name;
        this.port = port;
        this.gridPort = gridPort;
        this.log = work.resolve(name + ".log");
    }

    /**
     * Starts the node; it answers once {@link #awaitReady} returns.
     *
     * @param grid         every node's data grid port, so that they find each other over TCP on 127.0.0.1
     * @param environment  the database and the data folder, as an operator sets them
     * @param properties   the search settings, as system properties
     */
    void start(String clusterName, List<ArchiveNode> grid, Map<String, String> environment, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(ArchiveDeployment.serverJvmOptions());
        command.addAll(properties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("archive.war"), "--contextroot", "/",
                "--postbootcommandfile", Path.of("src", "main", "payara", "cluster-node.asadmin").toAbsolutePath().toString(),
                "--port", String.valueOf(port), "--name", name, "--clustername", clusterName,
                "--clustermode", "tcpip:" + String.join(",", grid.stream().map(node -> "127.0.0.1:" + node.gridPort).toList()),
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1",
                // Every node of this test is on one address: with host-aware partitioning (the default) the grid keeps
                // no backup of a session on a member of the same address, and a killed node's sessions would be lost.
                "--nohostaware"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    boolean ready() {
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(uri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until readiness answers 200; fails naming the log if the node stops or the time runs out. */
    void awaitReady(Duration patience) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(patience);
        while (!ready()) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " stopped while starting; its log " + log + " ends:\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("node " + name + " not ready after " + patience.toSeconds() + " s; its log " + log + " ends:\n" + tail());
            }
            Thread.sleep(500);
        }
    }

    /** As {@code kill -9}: no shutdown, no goodbye to the grid, requests in flight cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
