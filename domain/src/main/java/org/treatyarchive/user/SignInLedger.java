package org.treatyarchive.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The database steps of signing in, each its own short transaction, so that the slow password
 * check between them holds no connection and no row lock.
 */
@ApplicationScoped
@Transactional
public class SignInLedger {

    @Inject
    UserRepository users;

    public Optional<AccountAccess> access(String username) {
        return users.findAccess(username);
    }

    public int failure(long id, Instant now, LockoutPolicy policy) {
        return users.recordFailedSignIn(id, now, policy);
    }

    public void success(long id, Instant now) {
        users.recordSignIn(id, now);
    }
}
