package org.treatyarchive.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

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

    @ArquillianResource
    protected URL base;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(base);
    }
}
