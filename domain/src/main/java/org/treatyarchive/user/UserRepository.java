package org.treatyarchive.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** User accounts. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    /** One page of accounts ordered by user name. */
    List<UserAccount> list(int firstRow, int size);

    long count();

    /** Enabled accounts that hold the administrator role. */
    long countEnabledAdministrators();

    void add(UserAccount user);

    /** The account as signing in needs it; read without keeping the entity. */
    default Optional<AccountAccess> findAccess(String username) {
        return findByUsername(username).map(AccountAccess::of);
    }

    /**
     * Counts a wrong password in one atomic update of the row (no version check, so that parallel
     * attempts never conflict), starting a new count after an expired lock and locking the account
     * when the count reaches the policy's limit.
     *
     * @return the failures in a row now; equal to the policy's limit when this failure locked the account
     */
    int recordFailedSignIn(long id, Instant now, LockoutPolicy policy);

    /** Forgets earlier failures and notes the time, in one update without a version check. */
    void recordSignIn(long id, Instant now);
}
