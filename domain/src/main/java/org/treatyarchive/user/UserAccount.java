package org.treatyarchive.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.treatyarchive.shared.BaseEntity;
import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to the archive: their roles, their clearance, and the state of their
 * credentials (a PBKDF2 hash, never the password; failures in a row; a lock; whether the password
 * must be changed at the next sign-in).
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    public static final int USERNAME_MAX = 50;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "username", length = USERNAME_MAX, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", length = NAME_MAX, nullable = false)
    private String displayName;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", length = 500, nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "clearance", length = 20, nullable = false)
    private Classification clearance = Classification.PUBLIC;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The interface language the user last chose, as a language tag; none until they choose one. */
    @Column(name = "interface_language", length = 8)
    private String interfaceLanguage;

    protected UserAccount() {
        // for JPA
    }

    /**
     * @param passwordHash the hash of the initial password, which the user must change at first sign-in
     */
    public UserAccount(String username, String displayName, String passwordHash) {
        this.username = normalizeUsername(username);
        rename(displayName);
        resetPassword(passwordHash);
    }

    /** User names are case-insensitive; they are stored in lower case. */
    public static String normalizeUsername(String username) {
        String value = Check.requiredText("username", "The user name", username, USERNAME_MAX).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new InvalidRecordException("username", Phrase.of("user.nameRule", USERNAME_MAX));
        }
        return value;
    }

    public void rename(String displayName) {
        this.displayName = Check.requiredText("displayName", "The name", displayName, NAME_MAX);
    }

    public void changeEmail(String email) {
        String value = Check.optionalText("email", "The e-mail address", email, EMAIL_MAX);
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidRecordException("email", Phrase.of("user.email", value));
        }
        this.email = value;
    }

    /** A password set by an administrator: the user must replace it at the next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = Check.requiredText("password", "The password hash", newHash, 500);
        this.mustChangePassword = true;
    }

    /** A password the user chose. */
    public void changePassword(String newHash) {
        this.passwordHash = Check.requiredText("password", "The password hash", newHash, 500);
        this.mustChangePassword = false;
    }

    public void grant(Role role) {
        roles.add(Check.required("roles", "The role", role));
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void clearFor(Classification clearance) {
        this.clearance = Check.required("clearance", "The clearance", clearance);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Lifts a lock and forgets earlier failures. */
    public void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the account may sign in now, password aside. */
    public boolean canSignIn(Instant now) {
        return enabled && !isLocked(now);
    }

    /**
     * Counts a wrong password.
     *
     * @return {@code true} when this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // An expired lock starts a new count rather than locking again at the next mistake.
            unlock();
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures() && !isLocked(now)) {
            lockedUntil = now.plus(policy.lockFor());
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    /**
     * Remembers the interface language the user chose (a two- or three-letter tag); {@code null} forgets it.
     * Which languages the interface offers is the web layer's to know: this only keeps a well-formed tag.
     */
    public void speaks(String languageTag) {
        String tag = languageTag == null ? null : languageTag.strip().toLowerCase(Locale.ROOT);
        if (tag != null && !LANGUAGE_TAG.matcher(tag).matches()) {
            throw new InvalidRecordException("interfaceLanguage", Phrase.of("user.languageTag", languageTag));
        }
        this.interfaceLanguage = tag == null || tag.isEmpty() ? null : tag;
    }

    public Optional<String> getInterfaceLanguage() {
        return Optional.ofNullable(interfaceLanguage);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** For the identity store only; never shown or logged. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Classification getClearance() {
        return clearance;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return username;
    }
}
