package org.treatyarchive.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.treatyarchive.shared.Classification;

import java.security.Principal;

/**
 * Who is looking, as far as classification goes: the signed-in user's clearance, or public for
 * anonymous readers. Read once per request, inside the transaction of the service that asks.
 */
@RequestScoped
public class Viewer {

    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    private Classification clearance;

    public Classification clearance() {
        if (clearance == null) {
            Principal caller = security.getCallerPrincipal();
            clearance = caller == null ? Classification.PUBLIC
                    : users.findByUsername(caller.getName()).filter(UserAccount::isEnabled)
                    .map(UserAccount::getClearance).orElse(Classification.PUBLIC);
        }
        return clearance;
    }

    /** The signed-in user's name, for "edited by"; {@code null} for an anonymous reader. */
    public String username() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean canSee(Classification classification) {
        return clearance().covers(classification);
    }
}
