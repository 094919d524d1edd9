package org.treatyarchive.web;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The archive exactly as it ships: the WAR the build produced, not an assembly of selected classes,
 * so that the in-container tests also prove the packaging (persistence unit, migrations, data source).
 */
public final class ArchiveDeployment {

    private ArchiveDeployment() {
    }

    public static WebArchive builtWar(Class<?>... testClasses) {
        File war = new File(System.getProperty("archive.war", "target/treaty-archive.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify runs the package phase): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "treaty-archive.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }

    /** The JVM options the build gives every Payara Micro a test starts ({@code it.micro.jvm} in web/pom.xml: why). */
    public static List<String> serverJvmOptions() {
        String options = System.getProperty("it.micro.jvm", "").strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }
}
