package org.treatyarchive.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.treatyarchive.shared.Classification;

import java.security.Principal;

/**
 * Who is looking, as far as what they may see goes: the signed-in user's clearance (public for
 * anonymous readers) and whether they are staff, who also see unpublished records. Read once per request, inside the transaction of the service that asks.
 */
@RequestScoped
public class Viewer {

    @Inject
    SecurityContext security;

    @Inject
    UserRepository users;

    private Classification clearance;
    private Boolean staff;

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

    /** Whether the caller holds the role. */
    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    /**
     * Whether the caller works on the archive (archivist, reviewer, administrator), and so sees
     * records that are not, or no longer, published.
     */
    public boolean isStaff() {
        if (staff == null) {
            staff = has(Role.ARCHIVIST) || has(Role.REVIEWER) || has(Role.ADMINISTRATOR);
        }
        return staff;
    }

    public boolean canSee(Classification classification) {
        return clearance().covers(classification);
    }
}
