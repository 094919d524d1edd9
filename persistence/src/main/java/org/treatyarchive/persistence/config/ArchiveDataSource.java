package org.treatyarchive.persistence.config;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the application server pools (declared in the web module's {@code web.xml}).
 * <p>
 * It exists because the server's own data source definition cannot switch the driver class between
 * H2 and MySQL from one setting, and because a wrong password or an unreachable server should stop
 * start-up with a message that says which, and which setting to fix, rather than a driver's stack
 * trace.
 */
public class ArchiveDataSource implements DataSource {

    private volatile DataSource delegate;
    private volatile DatabaseSettings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    public ArchiveDataSource() {
    }

    /** For tests and tools: a data source for given settings instead of the configured ones. */
    public ArchiveDataSource(DatabaseSettings settings) {
        this.settings = settings;
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    try {
                        if (settings == null) {
                            settings = DatabaseSettings.current();
                        }
                        delegate = create(settings);
                    } catch (IllegalStateException misconfigured) {
                        throw new SQLException(misconfigured.getMessage(), "08001", misconfigured);
                    }
                }
                current = delegate;
            }
        }
        return current;
    }

    private static DataSource create(DatabaseSettings settings) throws SQLException {
        if (settings.vendor() == DatabaseSettings.Vendor.H2) {
            createDataDirectory(settings.dataDirectory());
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(settings.url());
        mysql.setUser(settings.user());
        mysql.setPassword(settings.password());
        mysql.setConnectTimeout(10_000);
        mysql.setCharacterEncoding("UTF-8");
        // Parsing every statement's SQL again was a tenth of a page's time in the benchmark.
        mysql.setCachePrepStmts(true);
        mysql.setPrepStmtCacheSize(250);
        mysql.setPrepStmtCacheSqlLimit(8192);
        // The pool asks for autocommit and isolation at every borrow; answer from the driver's state.
        mysql.setUseLocalSessionState(true);
        mysql.setCacheServerConfiguration(true);
        // Without it the driver sends a batch as one statement after another, a round trip each: Hibernate's
        // batches (the audit rows of an import's chunk) become one multi-row insert.
        mysql.setRewriteBatchedStatements(true);
        return mysql;
    }

    private static void createDataDirectory(Path directory) throws SQLException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SQLException("Cannot create the data directory " + directory + " for the embedded database: " + e
                    + ". Set ARCHIVE_DATA_DIR to a writable directory.", "08001", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource source = delegate();
        try {
            return source.getConnection();
        } catch (SQLException failure) {
            throw ConnectionFailure.explain(settings, failure);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The pool may pass the credentials of its own definition; the archive's settings decide.
        return getConnection();
    }

    /** The settings this data source applies; read on first use. */
    public DatabaseSettings settings() throws SQLException {
        delegate();
        return settings;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
