package org.treatyarchive.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The base of every test that talks to the archive over HTTP, as a script or a browser does: the
 * WAR the build produced, deployed once per class on a fresh Payara Micro (on embedded H2 and again
 * on MariaDB, as the build chooses), its address, and an {@link ApiClient} that creates the users a
 * test needs. A new test class extends this (or {@link BrowserIT}) and writes only its tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ArchiveDeployment.builtWar();
    }

    /**
     * How long a save may take to reach the search index: nothing with Lucene, which indexes as the save
     * commits; through the outbox to OpenSearch (the run with {@code it.search=opensearch}), the five
     * seconds within which a save on one node must be found on another.
     */
    protected static final Duration INDEXING = "opensearch".equals(System.getProperty("it.search")) ? Duration.ofSeconds(5) : Duration.ZERO;

    @ArquillianResource
    protected URL base;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(base);
    }

    /**
     * Asks until the answer shows the save indexed, for as long as {@link #INDEXING} allows (once, with
     * Lucene); the last answer either way, for the test to judge.
     */
    protected static <T> T afterIndexing(Callable<T> ask, Predicate<T> indexed) throws Exception {
        Instant deadline = Instant.now().plus(INDEXING);
        T answer = ask.call();
        while (!indexed.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            answer = ask.call();
        }
        return answer;
    }
}
