package org.treatyarchive.persistence.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.user.LockoutPolicy;

import java.time.Duration;
import java.util.Optional;

/**
 * Security settings from configuration: {@code archive.lockout.failures} (ARCHIVE_LOCKOUT_FAILURES,
 * default 5) failed sign-ins in a row lock an account for {@code archive.lockout.minutes}
 * (ARCHIVE_LOCKOUT_MINUTES, default 15); {@code archive.admin.password} (ARCHIVE_ADMIN_PASSWORD) is the
 * first administrator's password. Lives here, in a library jar, so that the EAR's library beans can
 * see it too.
 */
@ApplicationScoped
public class SecuritySettings {

    @Produces
    LockoutPolicy lockoutPolicy() {
        int failures = read("archive.lockout.failures").map(Integer::parseInt).orElse(LockoutPolicy.DEFAULT.maxFailures());
        long minutes = read("archive.lockout.minutes").map(Long::parseLong).orElse(LockoutPolicy.DEFAULT.lockFor().toMinutes());
        return new LockoutPolicy(failures, Duration.ofMinutes(minutes));
    }

    /** The first administrator's password as the operator set it, if they did. */
    public Optional<String> firstAdministratorPassword() {
        return read("archive.admin.password");
    }

    /**
     * Whether a new database is filled with the starter collection ({@code archive.starter.collection},
     * ARCHIVE_STARTER_COLLECTION, default true); false for an archive that is to be restored from an export.
     */
    public boolean starterCollection() {
        return read("archive.starter.collection").map(value -> !"false".equalsIgnoreCase(value)).orElse(true);
    }

    private static Optional<String> read(String name) {
        return ConfigProvider.getConfig(SecuritySettings.class.getClassLoader()).getOptionalValue(name, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
    }
}
