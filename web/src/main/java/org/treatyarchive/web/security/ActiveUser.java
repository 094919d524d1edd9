package org.treatyarchive.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The signed-in user, for views. Menus ask {@link #canView(String)}, which applies the URL
 * constraints of {@code web.xml}, instead of repeating role rules in the page.
 */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** Whether the user may open a page, by the same constraints the server enforces. */
    public boolean canView(String path) {
        return security.hasAccessToWebResource(path, "GET");
    }
}
