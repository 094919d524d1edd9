package org.treatyarchive.user;

import org.treatyarchive.shared.Classification;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * What signing in and every later request need to know of an account, read in one short
 * transaction and then used without holding a connection: the password hash to verify, whether the
 * account may sign in, and what it may do now.
 *
 * @param version the account's row version: it moves with every change an administrator or the
 *                user makes (roles, clearance, password, enabling), never with a sign-in
 */
public record AccountAccess(long id, String username, String passwordHash, boolean enabled, Instant lockedUntil, int failedLogins,
                            Instant lastLoginAt, boolean mustChangePassword, Classification clearance, Set<Role> roles, long version) {

    public AccountAccess {
        roles = Set.copyOf(roles);
    }

    public static AccountAccess of(UserAccount account) {
        return new AccountAccess(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                account.getLockedUntil(), account.getFailedLogins(), account.getLastLoginAt(), account.isMustChangePassword(),
                account.getClearance(), account.getRoles(), account.getVersion());
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the account may sign in now, password aside. */
    public boolean canSignIn(Instant now) {
        return enabled && !isLocked(now);
    }

    /**
     * Whether a session opened with {@code granted} may go on: the account is enabled, has kept every
     * role and at least the clearance it had, and its password was not replaced since.
     */
    public boolean stillAllows(SessionGrant granted) {
        return enabled && roles.containsAll(granted.roles()) && clearance.compareTo(granted.clearance()) >= 0
                && passwordStamp().equals(granted.passwordStamp());
    }

    /** What a session is granted at sign-in, to be compared with the account at each later request. */
    public SessionGrant grant() {
        return new SessionGrant(roles, clearance, passwordStamp());
    }

    /** A digest of the password hash: tells a replaced password without keeping the hash in a session. */
    private String passwordStamp() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** Kept in the web session: the roles, clearance and password an interactive sign-in was granted under. */
    public record SessionGrant(Set<Role> roles, Classification clearance, String passwordStamp) implements Serializable {
    }
}
