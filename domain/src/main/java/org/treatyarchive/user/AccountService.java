package org.treatyarchive.user;

import org.treatyarchive.shared.Classification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Administering accounts, and what a signed-in user does with their own (signing in itself is
 * {@link SignIn}). Every administrative operation needs the
 * {@code ADMINISTRATOR} role, checked on the server by {@link RoleCheck}, and is written to the
 * security log with who did it.
 */
@ApplicationScoped
@Secured
@Transactional
public class AccountService {

    public static final String FIRST_ADMINISTRATOR = "admin";

    @Inject
    UserRepository users;

    @Inject
    SecurityLog log;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityContext security;

    private final Clock clock = Clock.systemUTC();

    /**
     * Creates the {@code admin} account when the archive has no account at all.
     *
     * @param configuredPassword the operator's choice (ARCHIVE_ADMIN_PASSWORD), or {@code null} for a random one
     * @return the random password, to be shown once, when one was generated
     */
    @PermitAll
    public Optional<String> ensureFirstAdministrator(String configuredPassword) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        UserAccount admin = new UserAccount(FIRST_ADMINISTRATOR, "Administrator", hasher.hash(password.toCharArray()));
        admin.grant(Role.ADMINISTRATOR);
        admin.clearFor(Classification.CONFIDENTIAL);
        if (!generated) {
            // The operator chose it deliberately; a random one must be replaced at first sign-in.
            admin.changePassword(admin.getPasswordHash());
        }
        users.add(admin);
        log.record(new SecurityEvent(clock.instant(), SecurityEventType.USER_CREATED, "system", FIRST_ADMINISTRATOR,
                "first administrator, password " + (generated ? "generated" : "from ARCHIVE_ADMIN_PASSWORD")));
        return generated ? Optional.of(password) : Optional.empty();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Changes the signed-in user's own password; any signed-in user may, whatever their roles. */
    @PermitAll
    public void changeOwnPassword(char[] current, char[] replacement) {
        UserAccount user = get(signedIn());
        if (!hasher.verify(current, user.getPasswordHash())) {
            throw new InvalidRecordException("currentPassword", "The current password is not right.");
        }
        if (hasher.verify(replacement, user.getPasswordHash())) {
            throw new InvalidRecordException("password", "Choose a password different from the current one.");
        }
        user.changePassword(hasher.hash(replacement));
        audit(SecurityEventType.PASSWORD_CHANGED, user, null);
    }

    /** Whether the signed-in user still has a password an administrator set, which must be replaced. */
    @PermitAll
    public boolean mustChangeOwnPassword() {
        String caller = caller();
        return caller != null && users.findByUsername(caller).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Notes a sign-out in the security log; signing out itself is the web layer's. */
    @PermitAll
    public void recordSignOut() {
        String caller = caller();
        if (caller != null) {
            log.record(new SecurityEvent(clock.instant(), SecurityEventType.LOGOUT, caller, caller, null));
        }
    }

    /** Notes in the security log that the container refused the caller a page (HTTP 403). */
    @PermitAll
    public void recordRefusedPage(String path) {
        String caller = caller();
        log.record(new SecurityEvent(clock.instant(), SecurityEventType.ACCESS_DENIED, caller == null ? "anonymous" : caller, null,
                "page " + path));
    }

    // --- administration -------------------------------------------------------------------------

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public UserAccount createUser(String username, String displayName, String email, Set<Role> roles, Classification clearance,
                                  char[] initialPassword) {
        String name = UserAccount.normalizeUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidRecordException("username", "The user name " + name + " is taken.");
        }
        UserAccount user = new UserAccount(name, displayName, hasher.hash(initialPassword));
        user.changeEmail(email);
        roles.forEach(user::grant);
        user.clearFor(clearance == null ? Classification.PUBLIC : clearance);
        users.add(user);
        audit(SecurityEventType.USER_CREATED, user, "roles " + roles + ", clearance " + user.getClearance());
        return user;
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Page<UserAccount> listUsers(int firstRow, int size) {
        return new Page<>(users.list(firstRow, Math.min(size, 200)), users.count());
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public UserAccount getUser(String username) {
        return get(username);
    }

    /**
     * Saves what the administration form edits, as one change: name, e-mail, roles and clearance.
     * Refused as a whole, with nothing changed, when it would take away the caller's own
     * administrator role or leave the archive without an enabled administrator.
     */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
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
            throw new InvalidRecordException("roles", "You cannot remove your own administrator role; ask another administrator.");
        }
        if (user.isEnabled() && users.countEnabledAdministrators() <= 1) {
            throw new InvalidRecordException("roles", "The archive needs at least one administrator.");
        }
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void grant(String username, Role role) {
        UserAccount user = get(username);
        if (!user.hasRole(role)) {
            user.grant(role);
            audit(SecurityEventType.ROLE_GRANTED, user, role.name());
        }
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
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

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void setClearance(String username, Classification clearance) {
        UserAccount user = get(username);
        user.clearFor(clearance);
        audit(SecurityEventType.USER_CHANGED, user, "clearance " + clearance);
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void disable(String username) {
        UserAccount user = get(username);
        if (user.getUsername().equals(caller())) {
            throw new InvalidRecordException("enabled", "You cannot disable your own account.");
        }
        if (user.hasRole(Role.ADMINISTRATOR) && users.countEnabledAdministrators() <= 1) {
            throw new InvalidRecordException("enabled", "The archive needs at least one enabled administrator.");
        }
        user.disable();
        audit(SecurityEventType.USER_DISABLED, user, null);
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void enable(String username) {
        UserAccount user = get(username);
        user.enable();
        audit(SecurityEventType.USER_ENABLED, user, null);
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void unlock(String username) {
        UserAccount user = get(username);
        user.unlock();
        audit(SecurityEventType.USER_UNLOCKED, user, null);
    }

    /** Sets a new password that the user must change at the next sign-in. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void resetPassword(String username, char[] temporaryPassword) {
        UserAccount user = get(username);
        user.resetPassword(hasher.hash(temporaryPassword));
        user.unlock();
        audit(SecurityEventType.PASSWORD_RESET, user, null);
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public Page<SecurityEvent> securityLog(int firstRow, int size) {
        return new Page<>(log.latest(firstRow, Math.min(size, 200)), log.count());
    }

    private UserAccount get(String username) {
        return users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
    }

    private String signedIn() {
        String caller = caller();
        if (caller == null) {
            throw new AccessDeniedException("Sign in to do this.");
        }
        return caller;
    }

    private String caller() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    private void audit(SecurityEventType type, UserAccount target, String detail) {
        log.record(new SecurityEvent(clock.instant(), type, caller(), target.getUsername(), detail));
    }
}
