package org.treatyarchive.user;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Phrase;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * What a signed-in user does with their own account, and the first administrator the archive
 * starts with. Signing in itself is {@link SignIn}; administering other people's accounts is
 * {@link UserAdministration}, closed to everyone but administrators as a whole class.
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
            throw new InvalidRecordException("currentPassword", Phrase.of("password.currentWrong"));
        }
        if (hasher.verify(replacement, user.getPasswordHash())) {
            throw new InvalidRecordException("password", Phrase.of("password.same"));
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

    /**
     * Keeps the interface language the signed-in user chose with their account, so that it follows
     * them to another browser; for a reader who is not signed in there is nothing to keep it in.
     */
    @PermitAll
    public void rememberOwnLanguage(String languageTag) {
        String caller = caller();
        if (caller == null) {
            return;
        }
        users.findByUsername(caller).ifPresent(user -> {
            if (!user.getInterfaceLanguage().equals(Optional.ofNullable(languageTag))) {
                user.speaks(languageTag);
            }
        });
    }

    /** The interface language the signed-in user last chose, if they did. */
    @PermitAll
    public Optional<String> ownLanguage() {
        String caller = caller();
        return caller == null ? Optional.empty() : users.findByUsername(caller).flatMap(UserAccount::getInterfaceLanguage);
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

    private UserAccount get(String username) {
        return users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new NotFoundException(Phrase.of("user.none", username)));
    }

    private String signedIn() {
        String caller = caller();
        if (caller == null) {
            throw new AccessDeniedException(Phrase.of("signIn.needed"));
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
