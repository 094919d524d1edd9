package org.treatyarchive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SignInResult;

import java.util.stream.Collectors;

/** Checks credentials against the archive's user accounts; the groups are the user's roles. */
@ApplicationScoped
public class ArchiveIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(login.getCaller(), login.getPassword().getValue());
        login.getPassword().clear();
        if (!result.success()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
