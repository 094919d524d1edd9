package org.treatyarchive.persistence.config;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.treatyarchive.persistence.search.ArchiveAnalyzers;
import org.treatyarchive.persistence.search.ArchiveElasticsearchAnalyzers;
import org.treatyarchive.persistence.search.ArchiveSearchMapping;
import org.treatyarchive.persistence.search.PrefixedIndexLayout;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Hibernate, with the schema migrated before it starts.
 * <p>
 * The container creates the persistence unit before any application code runs, and Hibernate reads
 * the database while it starts. Migrating here means Hibernate never meets an old schema, a database
 * that cannot be reached stops the deployment with our message rather than Hibernate's "Unable to
 * determine Dialect", and MariaDB (which the MySQL driver reports as MySQL 5.5.5) gets its own
 * dialect.
 */
public class ArchivePersistenceProvider extends HibernatePersistenceProvider {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String INDEX_ROOT = "hibernate.search.backend.directory.root";
    static final String LUCENE_VERSION = "hibernate.search.backend.lucene_version";
    static final String ANALYSIS = "hibernate.search.backend.analysis.configurer";
    static final String LAYOUT = "hibernate.search.backend.layout.strategy";
    /** The start of every index name in a shared Elasticsearch or OpenSearch cluster (environment: ARCHIVE_SEARCH_INDEX_PREFIX). */
    static final String INDEX_PREFIX = "archive.search.index.prefix";
    /** The index format stays readable after a Lucene upgrade until this is changed (and the index rebuilt). */
    static final String INDEX_FORMAT = "LUCENE_9_11_1";

    /** The factory of this deployment: each deployment has its own class loader, hence its own copy. */
    private static volatile EntityManagerFactory factory;

    /**
     * @throws IllegalStateException before the container has created the persistence unit
     */
    public static EntityManagerFactory entityManagerFactory() {
        EntityManagerFactory current = factory;
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("The persistence unit 'archive' has not been started by the container.");
        }
        return current;
    }

    /**
     * The search index lives beside the data, one folder per database: an index built for one
     * database must never answer for another (the tests, for one, use H2 and MariaDB in turn), and
     * one per version of the index mapping, so that a new mapping starts from a rebuilt index.
     */
    static Path indexDirectory(DatabaseSettings database) {
        String name = database.vendor() == DatabaseSettings.Vendor.H2 ? "h2"
                : database.url().replaceFirst("^jdbc:[a-z]+://", "").replaceAll("\\?.*$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return database.dataDirectory().resolve("index").resolve(name)
                .resolve("v" + ArchiveSearchMapping.VERSION);
    }

    /**
     * Every {@code hibernate.search.*} system property overrides the persistence unit's: the search
     * backend is chosen by the operator (Elasticsearch or OpenSearch with outbox-polling coordination
     * for several nodes, see the README), not by rebuilding the application.
     */
    static void searchSettingsFromSystemProperties(Map<String, Object> settings) {
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("hibernate.search."))
                .forEach(name -> settings.put(name, System.getProperty(name)));
    }

    /**
     * Lucene unless the operator chose Elasticsearch or OpenSearch: both backends are in the WAR, so that
     * every node of a cluster runs the same one, and Hibernate Search refuses to guess between them.
     * Each backend gets the analyzers written for it and only the settings it reads.
     */
    static void backendSettings(Map<String, Object> settings, DatabaseSettings database, Optional<String> indexPrefix) {
        settings.putIfAbsent(BACKEND_TYPE, "lucene");
        if ("lucene".equals(settings.get(BACKEND_TYPE))) {
            settings.putIfAbsent(INDEX_ROOT, indexDirectory(database).toString());
            settings.putIfAbsent(LUCENE_VERSION, INDEX_FORMAT);
            settings.putIfAbsent(ANALYSIS, ArchiveAnalyzers.class.getName());
        } else {
            settings.putIfAbsent(ANALYSIS, ArchiveElasticsearchAnalyzers.class.getName());
            indexPrefix.ifPresent(prefix -> settings.putIfAbsent(LAYOUT, new PrefixedIndexLayout(prefix)));
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        DataSource dataSource = info.getJtaDataSource() != null ? info.getJtaDataSource() : info.getNonJtaDataSource();
        Map<String, Object> settings = new HashMap<>(properties == null ? Map.of() : properties);
        SchemaMigration.Database database = null;
        if (dataSource != null) {
            database = SchemaMigration.migrate(dataSource);
            if (database.isMariaDb() && !settings.containsKey("hibernate.dialect") && !info.getProperties().containsKey("hibernate.dialect")) {
                settings.put("hibernate.dialect", MariaDbThroughMySqlDriverDialect.class.getName());
            }
        }
        searchSettingsFromSystemProperties(settings);
        backendSettings(settings, DatabaseSettings.current(), DatabaseSettings.installationSetting(INDEX_PREFIX));
        // A shared search cluster's indexes are created by the boot; nodes booting together take turns (SearchSchemaTurn).
        EntityManagerFactory created = database != null && !database.isH2() && !"lucene".equals(settings.get(BACKEND_TYPE))
                ? SearchSchemaTurn.take(dataSource, () -> super.createContainerEntityManagerFactory(info, settings))
                : super.createContainerEntityManagerFactory(info, settings);
        factory = created;
        return created;
    }
}
