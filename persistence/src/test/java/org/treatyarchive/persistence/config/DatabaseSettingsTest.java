package org.treatyarchive.persistence.config;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    private static DatabaseSettings settings(Map<String, String> values) {
        return DatabaseSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withoutSettingsUsesEmbeddedH2InTheDataDirectory() {
        DatabaseSettings settings = settings(Map.of());
        assertEquals(DatabaseSettings.Vendor.H2, settings.vendor());
        assertEquals(Path.of("data").toAbsolutePath().normalize(), settings.dataDirectory());
        assertTrue(settings.url().startsWith("jdbc:h2:file:" + settings.dataDirectory()), settings.url());
        assertTrue(settings.url().contains("MODE=MariaDB"));
    }

    @Test
    void theDataDirectoryCanBeMoved() {
        DatabaseSettings settings = settings(Map.of(DatabaseSettings.DATA_DIR, "/var/lib/archive"));
        assertEquals(Path.of("/var/lib/archive"), settings.dataDirectory());
        assertTrue(settings.url().startsWith("jdbc:h2:file:/var/lib/archive/archive;"));
    }

    @Test
    void blankSettingsCountAsAbsent() {
        DatabaseSettings settings = settings(Map.of(DatabaseSettings.URL, "  ", DatabaseSettings.DATA_DIR, ""));
        assertEquals(DatabaseSettings.Vendor.H2, settings.vendor());
    }

    @Test
    void aMySqlUrlSelectsMySqlWithItsCredentials() {
        DatabaseSettings settings = settings(Map.of(DatabaseSettings.URL, "jdbc:mysql://db:3306/archive",
                DatabaseSettings.USER, "archivist", DatabaseSettings.PASSWORD, "secret"));
        assertEquals(DatabaseSettings.Vendor.MYSQL, settings.vendor());
        assertEquals("archivist", settings.user());
        assertEquals("secret", settings.password());
        assertFalse(settings.describe().contains("secret"), "the password never appears in messages");
    }

    @Test
    void anUnsupportedUrlIsRefusedWithAnExplanation() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings(Map.of(DatabaseSettings.URL, "jdbc:postgresql://db/archive")));
        assertTrue(refused.getMessage().contains("jdbc:mysql://HOST:PORT/DATABASE"), refused.getMessage());
    }

    @Test
    void readsMariaDbsRealVersionBehindTheMySqlCompatibilityPrefix() {
        DatabaseVersion fallback = DatabaseVersion.make(5, 5);
        // DatabaseVersion has no value equality; compare its parts.
        assertEquals("10.11.19", MariaDbThroughMySqlDriverDialect.actualVersion("5.5.5-10.11.19-MariaDB-0+deb12u1", fallback).toString());
        assertEquals("11.4.2", MariaDbThroughMySqlDriverDialect.actualVersion("11.4.2-MariaDB", fallback).toString());
        assertEquals(fallback, MariaDbThroughMySqlDriverDialect.actualVersion("unknown", fallback));
    }
}
