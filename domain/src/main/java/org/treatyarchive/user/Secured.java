package org.treatyarchive.user;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the container enforce {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on a
 * CDI bean's methods, as it does on EJBs. Application services carry it; see {@link RoleCheck}.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Secured {
}
