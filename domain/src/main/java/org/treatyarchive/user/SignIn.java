package org.treatyarchive.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks user names and passwords, for the sign-in page and for every API call with HTTP Basic
 * credentials, so that it must hold under parallel use:
 * <ul>
 * <li>a verified credential is remembered for a few minutes, keyed by a digest of name and password
 * and valid only while the account's row version is the one it was verified at, so a script's
 * thousand calls run the slow password hash once and any change to the account (password, roles,
 * clearance, disabling) ends it at once;</li>
 * <li>parallel attempts with the same credential wait for the first one and then use its answer,
 * and at most as many password hashes run at once as there are processors, so that guessing at one
 * user name cannot take the CPU from everyone else;</li>
 * <li>nothing is written on a successful sign-in but, now and then, the time of the last one;
 * failures and lockouts are counted by atomic updates, never through the entity's version, so
 * that two requests of one user never conflict;</li>
 * <li>no transaction is open while the password is hashed.</li>
 * </ul>
 * Failures do not say why; the security log does. Scripts' successful calls are not logged (they
 * would flood the log); sign-ins through the page are.
 */
@ApplicationScoped
public class SignIn {

    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;
    private static final long WAIT_SECONDS = 20;

    @Inject
    SignInLedger ledger;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog log;

    @Inject
    LockoutPolicy lockout;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> inFlight = new ConcurrentHashMap<>();
    /**
     * Password hashing is slow on purpose; a flood of sign-ins with wrong passwords would otherwise
     * take every processor and starve readers who need none. Half the processors hash, the rest serve.
     */
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    private record Verified(long version, String passwordHash, Instant until) {
    }

    /**
     * @param interactive a person signing in on the page (logged on success), not a script's call
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignInResult signIn(String username, char[] password, boolean interactive) {
        String name = username == null ? "" : username.strip().toLowerCase();
        String key = key(name, password);
        ReentrantLock lock = inFlight.computeIfAbsent(key, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return SignInResult.failed();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SignInResult.failed();
        }
        try {
            return check(name, password, key, interactive);
        } finally {
            lock.unlock();
            if (!lock.hasQueuedThreads()) {
                inFlight.remove(key, lock);
            }
        }
    }

    private SignInResult check(String name, char[] password, String key, boolean interactive) {
        Instant now = clock.instant();
        Optional<AccountAccess> found = name.isEmpty() ? Optional.empty() : ledger.access(name);
        if (found.isEmpty()) {
            hash(() -> hasher.verifyDecoy(password));
            log.record(new SecurityEvent(now, SecurityEventType.LOGIN_FAILED, name, null, "unknown user name"));
            return SignInResult.failed();
        }
        AccountAccess account = found.get();
        if (!account.canSignIn(now)) {
            verified.remove(key);
            hash(() -> hasher.verifyDecoy(password));
            log.record(new SecurityEvent(now, SecurityEventType.LOGIN_FAILED, name, name,
                    account.enabled() ? "account locked until " + account.lockedUntil() : "account disabled"));
            return SignInResult.failed();
        }
        Verified known = verified.get(key);
        boolean remembered = known != null && known.version() == account.version() && known.passwordHash().equals(account.passwordHash())
                && now.isBefore(known.until());
        if (!remembered && !hash(() -> hasher.verify(password, account.passwordHash()))) {
            verified.remove(key);
            int failures = ledger.failure(account.id(), now, lockout);
            log.record(new SecurityEvent(now, SecurityEventType.LOGIN_FAILED, name, name, "wrong password (" + failures + " in a row)"));
            if (failures == lockout.maxFailures()) {
                log.record(new SecurityEvent(now, SecurityEventType.ACCOUNT_LOCKED, name, name,
                        "locked for " + lockout.lockFor().toMinutes() + " minutes after " + failures + " failed sign-ins"));
            }
            return SignInResult.failed();
        }
        if (!remembered) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, new Verified(account.version(), account.passwordHash(), now.plus(REMEMBERED)));
        }
        if (account.failedLogins() > 0 || account.lastLoginAt() == null || account.lastLoginAt().plus(LAST_LOGIN_PRECISION).isBefore(now)) {
            ledger.success(account.id(), now);
        }
        if (interactive) {
            log.record(new SecurityEvent(now, SecurityEventType.LOGIN, name, name, null));
        }
        return new SignInResult(true, account.username(), account.roles(), account.clearance(), account.mustChangePassword());
    }

    /** The account as it stands now, for the checks every signed-in request makes; empty when it is gone. */
    public Optional<AccountAccess> current(String username) {
        return username == null ? Optional.empty() : ledger.access(username);
    }

    private interface PasswordCheck {
        boolean run();
    }

    private boolean hash(PasswordCheck check) {
        hashing.acquireUninterruptibly();
        try {
            return check.run();
        } finally {
            hashing.release();
        }
    }

    private boolean hash(Runnable decoy) {
        return hash(() -> {
            decoy.run();
            return false;
        });
    }

    private static String key(String name, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password == null ? new char[0] : password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            digest.update(raw);
            Arrays.fill(raw, (byte) 0);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
