package org.treatyarchive.cluster;

import org.codelibs.opensearch.runner.OpenSearchRunner;

import java.io.IOException;

/**
 * One OpenSearch node for the archive, answering on 127.0.0.1 only and alone: single-node discovery,
 * so that it never joins another cluster on the machine (a developer's node, another build's), which
 * the runner's own command line would try.
 * <p>
 * Arguments: the data folder and the HTTP port. It stops, closing the node, when its JVM is told to.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(String[] arguments) throws Exception {
        String home = arguments[0];
        int port = Integer.parseInt(arguments[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> settings.put("discovery.type", "single-node").put("network.host", "127.0.0.1"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException closing) {
                System.err.println("OpenSearch did not close cleanly: " + closing);
            }
        }));
        // The runner numbers its nodes' HTTP ports from the base port plus one, and refuses any above its maximum (9299 unless set).
        runner.setMaxHttpPort(port);
        runner.build(OpenSearchRunner.newConfigs().basePath(home).numOfNode(1).clusterName("treaty-archive").baseHttpPort(port - 1)
                .printOnFailure());
        runner.ensureYellow();
        System.out.println("OpenSearch answers on http://127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
