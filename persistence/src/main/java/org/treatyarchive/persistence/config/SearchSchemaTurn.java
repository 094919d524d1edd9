package org.treatyarchive.persistence.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Nodes started together on one Elasticsearch/OpenSearch cluster each create the missing indexes as
 * Hibernate Search boots, and all but the first then fail on "index already exists", their deployment
 * with them (found by {@code ClusterIT}). They take turns through a named lock of the database
 * (MariaDB's and MySQL's {@code GET_LOCK}), held on a connection of its own for one node's boot: the
 * next finds the indexes made and checks their mapping. Done at the boot rather than after it, so that
 * the indexes exist before the outbox processor, which starts with the boot, writes to them.
 */
final class SearchSchemaTurn {

    private static final Logger LOG = Logger.getLogger(SearchSchemaTurn.class.getName());

    /** Longer than any boot: a node that waits this long starts anyway and says so. */
    static final int WAIT_SECONDS = 600;

    /** One lock per database of the server: two archives on one MariaDB server do not wait for each other. */
    private static final String LOCK_NAME = "left(concat('archive_search_schema:', database()), 64)";

    private SearchSchemaTurn() {
    }

    static <T> T take(DataSource dataSource, Supplier<T> boot) {
        try (Connection connection = dataSource.getConnection()) {
            boolean held = lock(connection);
            try {
                return boot.get();
            } finally {
                if (held) {
                    release(connection);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not take the database's lock for creating the search indexes: " + failure.getMessage(), failure);
        }
    }

    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement get = connection.prepareStatement("select get_lock(" + LOCK_NAME + ", ?)")) {
            get.setInt(1, WAIT_SECONDS);
            long asked = System.nanoTime();
            try (ResultSet result = get.executeQuery()) {
                boolean held = result.next() && result.getInt(1) == 1;
                long waited = (System.nanoTime() - asked) / 1_000_000;
                if (held && waited >= 1000) {
                    LOG.info(() -> "Waited " + waited + " ms for another node to create or check the search indexes.");
                }
                if (!held) {
                    LOG.warning(() -> "Another node has been creating the search indexes for " + WAIT_SECONDS
                            + " s; starting without waiting longer. If this node fails on an index that already exists, start it again.");
                }
                return held;
            }
        }
    }

    private static void release(Connection connection) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement("select release_lock(" + LOCK_NAME + ")")) {
            release.executeQuery().close();
        }
    }
}
