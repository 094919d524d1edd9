package org.treatyarchive.persistence.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Function;

/**
 * Which database the archive uses, from configuration.
 * <p>
 * With no settings, an embedded H2 database in the data directory ({@code ./data}, or
 * {@code ARCHIVE_DATA_DIR}). With {@code DB_URL} (a {@code jdbc:mysql:} URL), MySQL or MariaDB as
 * {@code DB_USER} / {@code DB_PASSWORD}. Each setting is read as a MicroProfile Config property
 * ({@code db.url}, {@code db.user}, {@code db.password}, {@code archive.data.dir}), which also
 * covers system properties and environment variables. A setting that is present but blank counts as
 * absent: an empty {@code DB_URL=} in a service file must not break start-up.
 */
public record DatabaseSettings(Vendor vendor, String url, String user, String password, Path dataDirectory) {

    public static final String URL = "db.url";
    public static final String USER = "db.user";
    public static final String PASSWORD = "db.password";
    public static final String DATA_DIR = "archive.data.dir";

    /** H2's MariaDB mode lets one set of migrations serve both databases. */
    static final String H2_OPTIONS = ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public enum Vendor {
        H2("embedded H2"),
        MYSQL("MySQL/MariaDB");

        private final String label;

        Vendor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The settings in force, from MicroProfile Config where the server has it, else system properties and environment. */
    public static DatabaseSettings current() {
        return from(ConfigLookup.INSTANCE);
    }

    /**
     * @param lookup answers a property name such as {@code db.url} with its value, if any
     * @throws IllegalStateException naming the setting when it cannot be used
     */
    public static DatabaseSettings from(Function<String, Optional<String>> lookup) {
        Optional<String> url = nonBlank(lookup.apply(URL));
        Path dataDirectory = nonBlank(lookup.apply(DATA_DIR)).map(Path::of).orElse(Path.of("data")).toAbsolutePath().normalize();
        if (url.isEmpty()) {
            String h2Url = "jdbc:h2:file:" + dataDirectory.resolve("archive").toString().replace('\\', '/') + H2_OPTIONS;
            return new DatabaseSettings(Vendor.H2, h2Url, nonBlank(lookup.apply(USER)).orElse("archive"),
                    nonBlank(lookup.apply(PASSWORD)).orElse(""), dataDirectory);
        }
        String value = url.get();
        Vendor vendor;
        if (value.startsWith("jdbc:mysql:")) {
            vendor = Vendor.MYSQL;
        } else if (value.startsWith("jdbc:h2:")) {
            vendor = Vendor.H2;
        } else {
            throw new IllegalStateException("DB_URL '" + value + "' is not supported: use jdbc:mysql://HOST:PORT/DATABASE "
                    + "for MySQL or MariaDB, or leave DB_URL unset for the embedded database.");
        }
        return new DatabaseSettings(vendor, value, nonBlank(lookup.apply(USER)).orElse("root"),
                nonBlank(lookup.apply(PASSWORD)).orElse(""), dataDirectory);
    }

    /** Any other setting of the installation, read as the database's are (system property, then environment); blank is unset. */
    public static Optional<String> installationSetting(String name) {
        return nonBlank(ConfigLookup.INSTANCE.apply(name));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Where the data lives, for log lines and error messages: never the password. */
    public String describe() {
        return vendor == Vendor.H2 ? vendor.label() + " database in " + dataDirectory : vendor.label() + " at " + url + " as user '" + user + "'";
    }

    /** Reads MicroProfile Config when the server provides it; outside a server, system properties and environment. */
    private enum ConfigLookup implements Function<String, Optional<String>> {
        INSTANCE;

        @Override
        public Optional<String> apply(String name) {
            try {
                return org.eclipse.microprofile.config.ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader())
                        .getOptionalValue(name, String.class);
            } catch (NoClassDefFoundError | IllegalStateException | ServiceConfigurationError noConfig) {
                String environmentName = name.toUpperCase().replace('.', '_');
                return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(environmentName)));
            }
        }
    }
}
