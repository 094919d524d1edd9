package org.treatyarchive.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;

import java.time.Clock;
import java.util.Set;

/**
 * Administering other people's accounts: creating them, their roles and clearance, disabling,
 * unlocking, resetting passwords, and reading the security log. The role is required on the class,
 * so a method added here later is closed to non-administrators without anyone remembering to say
 * so; {@link RoleCheck} enforces it on the server and every change is written to the security log
 * with who made it.
 */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class UserAdministration {

    @Inject
    UserRepository users;

    @Inject
    SecurityLog log;

    @Inject
    PasswordHasher hasher;

    @Inject
    Viewer viewer;

    private final Clock clock = Clock.systemUTC();


    public UserAccount createUser(String username, String displayName, String email, Set<Role> roles, Classification clearance,
                                  char[] initialPassword) {
        String name = UserAccount.normalizeUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidRecordException("username", Phrase.of("user.taken", name));
        }
        UserAccount user = new UserAccount(name, displayName, hasher.hash(initialPassword));
        user.changeEmail(email);
        roles.forEach(user::grant);
        user.clearFor(clearance == null ? Classification.PUBLIC : clearance);
        users.add(user);
        audit(SecurityEventType.USER_CREATED, user, "roles " + roles + ", clearance " + user.getClearance());
        return user;
    }

    public Page<UserAccount> listUsers(int firstRow, int size) {
        return new Page<>(users.list(firstRow, Math.min(size, 200)), users.count());
    }

    public UserAccount getUser(String username) {
        return get(username);
    }

    /**
     * Saves what the administration form edits, as one change: name, e-mail, roles and clearance.
     * Refused as a whole, with nothing changed, when it would take away the caller's own
     * administrator role or leave the archive without an enabled administrator.
     */
    public UserAccount updateUser(String username, String displayName, String email, Set<Role> roles, Classification clearance) {
        UserAccount user = get(username);
        if (user.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
            checkMayLoseAdministrator(user);
        }
        user.rename(displayName);
        user.changeEmail(email);
        for (Role role : Role.values()) {
            if (roles.contains(role) && !user.hasRole(role)) {
                user.grant(role);
                audit(SecurityEventType.ROLE_GRANTED, user, role.name());
            } else if (!roles.contains(role) && user.hasRole(role)) {
                user.revoke(role);
                audit(SecurityEventType.ROLE_REVOKED, user, role.name());
            }
        }
        if (clearance != null && clearance != user.getClearance()) {
            user.clearFor(clearance);
            audit(SecurityEventType.USER_CHANGED, user, "clearance " + clearance);
        }
        return user;
    }

    private void checkMayLoseAdministrator(UserAccount user) {
        if (user.getUsername().equals(caller())) {
            throw new InvalidRecordException("roles", Phrase.of("admin.ownRole"));
        }
        if (user.isEnabled() && users.countEnabledAdministrators() <= 1) {
            throw new InvalidRecordException("roles", Phrase.of("admin.lastOne"));
        }
    }

    public void grant(String username, Role role) {
        UserAccount user = get(username);
        if (!user.hasRole(role)) {
            user.grant(role);
            audit(SecurityEventType.ROLE_GRANTED, user, role.name());
        }
    }

    public void revoke(String username, Role role) {
        UserAccount user = get(username);
        if (!user.hasRole(role)) {
            return;
        }
        if (role == Role.ADMINISTRATOR) {
            checkMayLoseAdministrator(user);
        }
        user.revoke(role);
        audit(SecurityEventType.ROLE_REVOKED, user, role.name());
    }

    public void setClearance(String username, Classification clearance) {
        UserAccount user = get(username);
        user.clearFor(clearance);
        audit(SecurityEventType.USER_CHANGED, user, "clearance " + clearance);
    }

    public void disable(String username) {
        UserAccount user = get(username);
        if (user.getUsername().equals(caller())) {
            throw new InvalidRecordException("enabled", Phrase.of("admin.ownAccount"));
        }
        if (user.hasRole(Role.ADMINISTRATOR) && users.countEnabledAdministrators() <= 1) {
            throw new InvalidRecordException("enabled", Phrase.of("admin.lastEnabled"));
        }
        user.disable();
        audit(SecurityEventType.USER_DISABLED, user, null);
    }

    public void enable(String username) {
        UserAccount user = get(username);
        user.enable();
        audit(SecurityEventType.USER_ENABLED, user, null);
    }

    public void unlock(String username) {
        UserAccount user = get(username);
        user.unlock();
        audit(SecurityEventType.USER_UNLOCKED, user, null);
    }

    /** Sets a new password that the user must change at the next sign-in. */
    public void resetPassword(String username, char[] temporaryPassword) {
        UserAccount user = get(username);
        user.resetPassword(hasher.hash(temporaryPassword));
        user.unlock();
        audit(SecurityEventType.PASSWORD_RESET, user, null);
    }

    public Page<SecurityEvent> securityLog(int firstRow, int size) {
        return new Page<>(log.latest(firstRow, Math.min(size, 200)), log.count());
    }

    private UserAccount get(String username) {
        return users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new NotFoundException(Phrase.of("user.none", username)));
    }

    private String caller() {
        return viewer.username();
    }

    private void audit(SecurityEventType type, UserAccount target, String detail) {
        log.record(new SecurityEvent(clock.instant(), type, caller(), target.getUsername(), detail));
    }
}
