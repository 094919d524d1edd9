package org.treatyarchive.persistence.config;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate's MariaDB dialect, told the server's real version.
 * <p>
 * Through the MySQL driver (the one the customer asked for), MariaDB reports its version as
 * {@code 5.5.5-10.11.19-MariaDB}; the "5.5.5-" prefix is a compatibility marker, and Hibernate reads
 * it as version 5.5, warns (HHH000511) and falls back to features of that age.
 */
public class MariaDbThroughMySqlDriverDialect extends MariaDBDialect {

    private static final Pattern VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    public MariaDbThroughMySqlDriverDialect(DialectResolutionInfo info) {
        super(actualVersion(info.getDatabaseVersion(), info));
    }

    static DatabaseVersion actualVersion(String reported, DatabaseVersion fallback) {
        Matcher matcher = VERSION.matcher(reported == null ? "" : reported);
        if (!matcher.matches()) {
            return fallback;
        }
        int micro = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return DatabaseVersion.make(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), micro);
    }
}
