package org.treatyarchive.user;

import org.treatyarchive.shared.Classification;

import java.util.Set;

/**
 * The outcome of a sign-in attempt. Failures do not say why, so that the sign-in page does not tell
 * a stranger which user names exist; the security log does.
 */
public record SignInResult(boolean success, String username, Set<Role> roles, Classification clearance, boolean mustChangePassword) {

    public static SignInResult failed() {
        return new SignInResult(false, null, Set.of(), Classification.PUBLIC, false);
    }

    public static final String FAILURE_MESSAGE =
            "Sign-in failed: the user name or password is wrong, or the account is locked or disabled.";
}
