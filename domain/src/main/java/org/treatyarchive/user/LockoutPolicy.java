package org.treatyarchive.user;

import java.time.Duration;

/**
 * How many failed sign-ins in a row lock an account, and for how long.
 *
 * @param maxFailures failures in a row that lock the account
 * @param lockFor     how long it stays locked unless an administrator unlocks it
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockFor must be positive");
        }
    }
}
