package org.treatyarchive.persistence.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}: {@code common}
 * for both databases, and {@code h2} or {@code mysql} for the few statements that differ.
 * Migrations only add; nothing here ever drops and recreates.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /** What the migration found out about the database, for choosing Hibernate's dialect. */
    public record Database(String productName, String productVersion) {

        public boolean isMariaDb() {
            return productName.toLowerCase().contains("mariadb") || productVersion.toLowerCase().contains("mariadb");
        }

        public boolean isH2() {
            return productName.equalsIgnoreCase("H2");
        }
    }

    /**
     * @throws IllegalStateException with the reason when the database cannot be reached or a migration fails
     */
    public static Database migrate(DataSource dataSource) {
        Database database = inspect(dataSource);
        String vendorFolder = database.isH2() ? "h2" : "mysql";
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Archive schema on " + database.productName() + " " + database.productVersion() + " is at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now).");
        if (outboxPolling()) {
            migrateSearchOutbox(dataSource, database);
        } else {
            refuseBesideOutboxNodes(dataSource);
        }
        return database;
    }

    static final String COORDINATION = "hibernate.search.coordination.strategy";
    static final String OUTBOX_POLLING = "outbox-polling";

    /** Whether the nodes share an Elasticsearch/OpenSearch index through the database's outbox (README, "Search on several nodes"). */
    public static boolean outboxPolling() {
        return OUTBOX_POLLING.equals(System.getProperty(COORDINATION));
    }

    /**
     * The tables Hibernate Search's outbox-polling coordination needs (several nodes sharing one
     * Elasticsearch index through the database), created only when that coordination is chosen. They
     * keep their own migration history, so that the archive's own versions never depend on whether
     * an installation ever used them. The DDL is the one Hibernate generates for these tables, per
     * database: MariaDB and H2 have a UUID type, MySQL stores it in 16 bytes.
     */
    private static void migrateSearchOutbox(DataSource dataSource, Database database) {
        String folder = database.isH2() ? "h2" : database.isMariaDb() ? "mariadb" : "mysql";
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/search-outbox/" + folder)
                .table("flyway_search_outbox_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Search outbox tables ready (" + result.migrationsExecuted + " migrations applied now).");
    }

    /**
     * Several nodes share one search index through the outbox; a node started without it beside them
     * (Lucene, the default) would keep an index of its own that their saves never reach, while theirs
     * would miss its saves: the same search would answer differently by node. So it does not start while
     * another node's outbox processor is alive (its pulse not yet expired, a few seconds after it stops).
     *
     * @throws IllegalStateException naming the settings, when such a node runs
     */
    static void refuseBesideOutboxNodes(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean outboxTables;
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[]{"TABLE"})) {
                outboxTables = false;
                while (tables.next()) {
                    outboxTables |= "hsearch_agent".equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
            }
            if (!outboxTables) {
                return;
            }
            try (PreparedStatement alive = connection.prepareStatement("select count(*) from HSEARCH_AGENT where expiration > ?")) {
                // Hibernate writes the agents' pulses in UTC (hibernate.jdbc.time_zone).
                alive.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
                try (ResultSet count = alive.executeQuery()) {
                    count.next();
                    long nodes = count.getLong(1);
                    if (nodes > 0) {
                        throw new IllegalStateException("Another node of this archive (" + nodes + " search agents alive) indexes through"
                                + " Elasticsearch/OpenSearch with outbox-polling, and this one would keep a search index of its own that"
                                + " theirs never sees: start it with the same hibernate.search.backend.* settings and"
                                + " -Dhibernate.search.coordination.strategy=outbox-polling (README, \"Search on several nodes\").");
                    }
                }
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException("The database could not be asked whether other nodes run: " + unreadable.getMessage(), unreadable);
        }
    }

    private static Database inspect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return new Database(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("The archive cannot open its database. " + e.getMessage(), e);
        }
    }
}
