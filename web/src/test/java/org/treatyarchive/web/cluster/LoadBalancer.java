package org.treatyarchive.web.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of the nodes, configured as {@code cluster/haproxy.cfg.template} configures it for
 * people trying the cluster: each node checked on {@code /health/ready} every second, a browser kept
 * on its node by a cookie while that node lives, and sent to another when it dies.
 */
final class LoadBalancer implements AutoCloseable {

    private static final Path TEMPLATE = Path.of("..", "cluster", "haproxy.cfg.template").toAbsolutePath().normalize();
    private static final String HAPROXY = "/usr/sbin/haproxy";

    final int port;
    private final Process process;

    private LoadBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static LoadBalancer start(Path work, int port, List<ArchiveNode> nodes) throws IOException {
        if (!Files.isExecutable(Path.of(HAPROXY))) {
            throw new AssertionError("The cluster test needs HAProxy: install the Debian package haproxy (.ci/run does).");
        }
        StringBuilder servers = new StringBuilder();
        for (ArchiveNode node : nodes) {
            servers.append("    server ").append(node.name).append(" 127.0.0.1:").append(node.port).append(" check cookie ").append(node.name)
                    .append('\n');
        }
        String configuration = Files.readString(TEMPLATE, StandardCharsets.UTF_8).replace("@PORT@", String.valueOf(port))
                .replace("@SERVERS@\n", servers.toString());
        Path file = work.resolve("haproxy.cfg");
        Files.writeString(file, configuration, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(HAPROXY, "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("haproxy.log").toFile())).start();
        return new LoadBalancer(port, process);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
