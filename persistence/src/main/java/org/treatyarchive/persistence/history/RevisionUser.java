package org.treatyarchive.persistence.history;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import org.hibernate.envers.RevisionListener;

import java.security.Principal;

/**
 * Names the person behind each revision. Envers creates the listener itself, so the caller comes
 * from CDI by lookup; work done without a caller (the starter loader at start-up) is the system's.
 */
public class RevisionUser implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((ArchiveRevision) revision).setUsername(caller());
    }

    private static String caller() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException noRequest) {
            // No security context outside a request (start-up, timers): the system did it.
            return SYSTEM;
        }
    }
}
