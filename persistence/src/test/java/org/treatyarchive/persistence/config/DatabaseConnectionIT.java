package org.treatyarchive.persistence.config;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data source and the migrations against a real MariaDB server (the build's it.db.* settings)
 * and a real embedded H2 database: the messages an operator sees when a setting is wrong, and a
 * schema that migrates on both and a second time without change.
 */
class DatabaseConnectionIT {

    private static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    private static final String PORT = System.getProperty("it.db.port", "3306");
    private static final String USER = System.getProperty("it.db.user", "root");
    private static final String PASSWORD = System.getProperty("it.db.password", "");
    private static final String DATABASE = "archive_migration_it";

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + ":" + PORT + "/", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private static ArchiveDataSource mysql(String url, String user, String password) {
        return new ArchiveDataSource(DatabaseSettings.from(name -> Optional.ofNullable(Map.of(
                DatabaseSettings.URL, url, DatabaseSettings.USER, user, DatabaseSettings.PASSWORD, password).get(name))));
    }

    @Test
    void aWrongPasswordIsNamedAsSuch() {
        SQLException refused = assertThrows(SQLException.class,
                () -> mysql("jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE, "archive_nobody", "wrong").getConnection().close());
        assertTrue(refused.getMessage().startsWith("The database refused the login of user 'archive_nobody'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("check DB_USER and DB_PASSWORD"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("wrong"), "the password is never repeated");
    }

    @Test
    void anUnreachableServerIsNamedAsSuch() {
        SQLException refused = assertThrows(SQLException.class,
                () -> mysql("jdbc:mysql://127.0.0.1:1/archive", USER, PASSWORD).getConnection().close());
        assertTrue(refused.getMessage().startsWith("Cannot reach the MySQL/MariaDB server at jdbc:mysql://127.0.0.1:1/archive"), refused.getMessage());
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        SQLException refused = assertThrows(SQLException.class,
                () -> mysql("jdbc:mysql://" + HOST + ":" + PORT + "/archive_does_not_exist", USER, PASSWORD).getConnection().close());
        assertTrue(refused.getMessage().contains("does not exist on the server"), refused.getMessage());
    }

    @Test
    void migratesMariaDbAndMigratesAgainWithoutChange() throws SQLException {
        ArchiveDataSource dataSource = mysql("jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE, USER, PASSWORD);
        SchemaMigration.Database database = SchemaMigration.migrate(dataSource);
        assertTrue(database.isMariaDb(), database.toString());
        SchemaMigration.migrate(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet applied = statement.executeQuery("select count(*) from flyway_schema_history where success = 1");
             ) {
            applied.next();
            assertEquals(15, applied.getInt(1), "V1, V1.1, V2, V3, V4, V5, V5.1, V6, V7, V8, V9, V10, V11, V12 and V13, each once");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet ids = statement.executeQuery("select next_value from id_block where segment = 'archive'")) {
            assertTrue(ids.next(), "the records' id blocks have their counter");
            assertTrue(ids.getLong(1) >= 1000, "past every id an empty archive has: " + ids.getLong(1));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet charset = statement.executeQuery("select table_collation from information_schema.tables "
                     + "where table_schema = '" + DATABASE + "' and table_name = 'agreement_title'")) {
            charset.next();
            assertTrue(charset.getString(1).startsWith("utf8mb4"), "Persian and Cyrillic titles need utf8mb4: " + charset.getString(1));
        }
    }

    /**
     * The dialect binds instants as their UTC date and time instead of a {@code Timestamp} in a UTC
     * calendar (which costs the driver a new date format per value): both must store the same
     * {@code datetime(6)} whatever the JVM's own time zone, so that what was written before the change
     * reads the same after it. (Both to the second: the driver takes MariaDB's "5.5.5-" version prefix
     * for a server without fractional seconds and leaves them out, with either binding.)
     */
    @Test
    void instantsAreStoredAsBeforeTheCheaperBinding() throws SQLException {
        ArchiveDataSource dataSource = mysql("jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE, USER, PASSWORD);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        List<Instant> instants = List.of(Instant.parse("2026-12-07T05:30:00.123456Z"), Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("2021-03-28T01:30:00.5Z"), Instant.parse("1991-09-29T23:59:59.999999Z"));
        TimeZone own = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Baku"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table instant_binding (k int, before_change datetime(6), after_change datetime(6))");
            try (PreparedStatement insert = connection.prepareStatement("insert into instant_binding values (?, ?, ?)")) {
                for (int k = 0; k < instants.size(); k++) {
                    insert.setInt(1, k);
                    insert.setTimestamp(2, Timestamp.from(instants.get(k)), utc);
                    insert.setObject(3, MariaDbThroughMySqlDriverDialect.UtcDateTime.utc(instants.get(k)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (ResultSet stored = statement.executeQuery("select k, before_change = after_change, after_change from instant_binding order by k")) {
                for (Instant instant : instants) {
                    assertTrue(stored.next());
                    assertTrue(stored.getBoolean(2), "row " + stored.getInt(1) + " stored alike");
                    assertEquals(instant.truncatedTo(ChronoUnit.SECONDS), stored.getTimestamp(3, utc).toInstant(), "read back as Hibernate reads it");
                }
            }
            statement.execute("drop table instant_binding");
        } finally {
            TimeZone.setDefault(own);
        }
    }

    /**
     * A node of a cluster (outbox-polling, its agent's pulse alive in HSEARCH_AGENT) is running on this
     * database: a node started without the outbox would keep a search index of its own, and is refused
     * with the settings to use; once the other node's pulse has expired, it starts.
     */
    @Test
    void aNodeWithoutTheOutboxDoesNotStartBesideNodesThatUseIt() throws SQLException {
        ArchiveDataSource dataSource = mysql("jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE, USER, PASSWORD);
        System.setProperty(SchemaMigration.COORDINATION, SchemaMigration.OUTBOX_POLLING);
        try {
            SchemaMigration.migrate(dataSource);
        } finally {
            System.clearProperty(SchemaMigration.COORDINATION);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from HSEARCH_AGENT");
            statement.execute("insert into HSEARCH_AGENT (id, name, expiration, state, type) values ('6f1c2a3e-0000-4000-8000-000000000001',"
                    + " 'node-a', utc_timestamp(6) + interval 1 minute, 'RUNNING', 'EVENT_PROCESSING_DYNAMIC_SHARDING')");
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SchemaMigration.migrate(dataSource));
        assertTrue(refused.getMessage().contains("hibernate.search.coordination.strategy=outbox-polling"), refused.getMessage());

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update HSEARCH_AGENT set expiration = utc_timestamp(6) - interval 1 minute");
        }
        SchemaMigration.migrate(dataSource);
    }

    @Test
    void migratesEmbeddedH2InTheDataDirectory(@TempDir Path dataDirectory) throws SQLException {
        ArchiveDataSource dataSource = new ArchiveDataSource(DatabaseSettings.from(name -> Optional.ofNullable(
                Map.of(DatabaseSettings.DATA_DIR, dataDirectory.resolve("nested").toString()).get(name))));
        SchemaMigration.Database database = SchemaMigration.migrate(dataSource);
        assertTrue(database.isH2());
        assertTrue(dataDirectory.resolve("nested").resolve("archive.mv.db").toFile().isFile(), "the data lives in the data directory");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into subject (version, created_at, updated_at, name) values (0, now(), now(), 'Кириллица и فارسی')");
        }
        ArchiveDataSource reopened = new ArchiveDataSource(dataSource.settings());
        try (Connection connection = reopened.getConnection(); Statement statement = connection.createStatement();
             ResultSet kept = statement.executeQuery("select name from subject")) {
            kept.next();
            assertEquals("Кириллица и فارسی", kept.getString(1));
        }
    }
}
