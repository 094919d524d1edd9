package org.treatyarchive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SignIn;
import org.treatyarchive.user.SignInResult;
import org.treatyarchive.web.shared.FormExceptionHandler;
import org.treatyarchive.web.shared.Outage;
import org.treatyarchive.web.shared.OutageFilter;
import org.treatyarchive.web.shared.RecoveredInput;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One mechanism for the two ways in: people sign in with the Faces form ({@code /account/login.xhtml},
 * which hands the credential over through {@code SecurityContext.authenticate}), scripts send HTTP
 * Basic credentials to the JSON API. Both are checked by {@link SignIn} and get the same roles.
 * Jakarta Security allows one mechanism per application, hence one that does both. It checks the
 * credential itself rather than through an identity store, because the two ways differ in what is
 * logged: a person's sign-in is, each of a script's calls is not.
 *
 * <p>A sign-in is kept in the session as a {@link SessionSignIn} of its own rather than by
 * {@code @AutoApplySession}: the server keeps that one as its own principal object, whose roles are
 * not carried when the session is replicated to another node, so a user whose node died arrived on
 * the next one signed in but with no role (seen on Payara Micro's data grid). The record travels
 * whole, and {@link AccessFilter} still holds each request to the account as it stands now.
 */
@ApplicationScoped
public class ArchiveAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ArchiveAuthenticationMechanism.class.getName());

    static final String LOGIN_PAGE = "/account/login.xhtml";

    /** The WWW-Authenticate header that asks a script for Basic credentials; the API's 401 answers use it too. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Treaty Archive\", charset=\"UTF-8\"";

    @Inject
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException failure) {
            // Runs before any filter: a database outage during sign-in is answered here, as the filters answer it.
            Optional<Outage.Part> away = Outage.of(failure);
            if (away.isEmpty()) {
                throw failure;
            }
            Outage.log(LOG, failure);
            try {
                OutageFilter.answer(request, response, away.get());
            } catch (IOException ignored) {
                // the status is set; the body is a courtesy
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential handedOver = context.getAuthParameters().getCredential();
        if (handedOver instanceof UsernamePasswordCredential login) {
            SignInResult result = signIn.signIn(login.getCaller(), login.getPassword().getValue(), true);
            login.getPassword().clear();
            // The form shows its own message; answering 401 here would replace the page.
            return result.success() ? loggedIn(request, context, result) : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            SignInResult result = basic(authorization.substring(6).strip());
            return result.success() ? loggedIn(request, context, result) : challenge(response);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_SIGN_IN) instanceof SessionSignIn kept) {
            return context.notifyContainerAboutLogin(kept.username(), kept.groups());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!context.isProtected() && !PublicAccess.requiresSignIn(path, PublicAccess.enabled())) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response);
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("POST".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null) {
            // A form posted after the session ended (expired, or the server restarted): keep what was
            // typed for the same page, which gets it back after signing in again.
            RecoveredInput.keep(request);
            next = FormExceptionHandler.samePage(request).substring(request.getContextPath().length());
        }
        boolean keptForm = "POST".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null;
        return context.redirect(request.getContextPath() + LOGIN_PAGE + (keptForm ? "?expired=true&" : "?") + "next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, SignInResult result) {
        Set<String> groups = result.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        // Every sign-in is kept in a session, a script's too (AccessFilter shortens a script's session).
        request.getSession(true).setAttribute(SESSION_SIGN_IN, new SessionSignIn(result.username(), groups));
        return context.notifyContainerAboutLogin(result.username(), groups);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(SESSION_SIGN_IN);
            } catch (IllegalStateException alreadyEnded) {
                // invalidated by the sign-out itself or a parallel request
            }
        }
        context.cleanClientSubject();
    }

    /** Session attribute: who signed in and the roles granted then. */
    static final String SESSION_SIGN_IN = "archive.signIn";

    /** A sign-in as the session keeps it: plain values, so that it survives being copied to another node. */
    record SessionSignIn(String username, Set<String> groups) implements Serializable {
    }

    private SignInResult basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return SignInResult.failed();
            }
            return signIn.signIn(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), false);
        } catch (IllegalArgumentException notBase64) {
            return SignInResult.failed();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Answers 401 with the Basic challenge and a JSON body; the API's own 401 answers look the same. */
    static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        try {
            response.getWriter().write("{\"status\":401,\"error\":\"Sign in with a user name and password (HTTP Basic).\",\"parameter\":null}");
        } catch (IOException ignored) {
            // The status and header are what matters; the body is a courtesy.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
