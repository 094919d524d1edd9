package org.treatyarchive.persistence.config;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate's MariaDB dialect, told the server's real version.
 * <p>
 * Through the MySQL driver (the one the customer asked for), MariaDB reports its version as
 * {@code 5.5.5-10.11.19-MariaDB}; the "5.5.5-" prefix is a compatibility marker, and Hibernate reads
 * it as version 5.5, warns (HHH000511) and falls back to features of that age.
 * <p>
 * It also sends instants as the UTC date and time they are, which is what Hibernate wrote before
 * (a {@code Timestamp} formatted in a UTC calendar) by a cheaper road: for a {@code Timestamp}
 * with a calendar the driver builds a new {@code SimpleDateFormat}, twice per value in a batched
 * insert, and every row the archive writes has two or three instants: 13% of an import's time.
 */
public class MariaDbThroughMySqlDriverDialect extends MariaDBDialect {

    private static final Pattern VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    public MariaDbThroughMySqlDriverDialect(DialectResolutionInfo info) {
        super(actualVersion(info.getDatabaseVersion(), info));
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry services) {
        super.contributeTypes(contributions, services);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.TIMESTAMP_UTC, new UtcDateTime());
    }

    /** Instants bound as their UTC {@link LocalDateTime}, read back as before; the columns are {@code datetime(6)}. */
    static final class UtcDateTime extends TimestampUtcAsJdbcTimestampJdbcType {

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options) throws SQLException {
                    statement.setObject(index, utc(javaType.unwrap(value, Instant.class, options)));
                }

                @Override
                protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options) throws SQLException {
                    statement.setObject(name, utc(javaType.unwrap(value, Instant.class, options)));
                }
            };
        }

        static LocalDateTime utc(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
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
