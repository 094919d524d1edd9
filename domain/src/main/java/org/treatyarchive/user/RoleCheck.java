package org.treatyarchive.user;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.shared.Phrase;

import java.lang.reflect.Method;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;

/**
 * The server-side role check behind every protected service method: the caller must hold one of
 * the roles in the method's (or else the class's) {@code @RolesAllowed}. A refusal is written to
 * the security log in a transaction of its own and thrown as {@link AccessDeniedException}.
 * <p>
 * It runs before the transaction interceptor, so a refused call never opens a transaction, and a
 * forged form post or API call meets the same check as the page that hides its button.
 */
@Secured
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck {

    @Inject
    SecurityContext security;

    @Inject
    SecurityLog log;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Class<?> type = method.getDeclaringClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return invocation.proceed();
        }
        boolean denied = method.isAnnotationPresent(DenyAll.class);
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !denied) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return invocation.proceed();
            }
            denied = type.isAnnotationPresent(DenyAll.class);
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (!denied && (allowed == null || Arrays.stream(allowed.value()).anyMatch(security::isCallerInRole))) {
            return invocation.proceed();
        }
        Principal caller = security.getCallerPrincipal();
        String who = caller == null ? "anonymous" : caller.getName();
        String what = type.getSimpleName() + "." + method.getName();
        log.record(new SecurityEvent(Instant.now(), SecurityEventType.ACCESS_DENIED, who, null,
                what + " needs " + (allowed == null ? "a permission nobody has" : String.join(" or ", allowed.value()))));
        throw new AccessDeniedException(caller == null ? Phrase.of("signIn.needed")
                : allowed == null ? Phrase.of("access.nobody", who) : Phrase.of("access.needsRole", who, String.join(", ", allowed.value())));
    }
}
