package org.treatyarchive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SignIn;
import org.treatyarchive.user.SignInResult;
import org.treatyarchive.web.shared.FormExceptionHandler;
import org.treatyarchive.web.shared.Outage;
import org.treatyarchive.web.shared.OutageFilter;
import org.treatyarchive.web.shared.RecoveredInput;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One mechanism for the two ways in: people sign in with the Faces form ({@code /account/login.xhtml},
 * which hands the credential over through {@code SecurityContext.authenticate}), scripts send HTTP
 * Basic credentials to the JSON API. Both are checked by {@link SignIn} and get the same roles.
 * Jakarta Security allows one mechanism per application, hence one that does both. It checks the
 * credential itself rather than through an identity store, because the two ways differ in what is
 * logged: a person's sign-in is, each of a script's calls is not.
 */
@ApplicationScoped
@AutoApplySession
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
            return result.success() ? loggedIn(context, result) : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            SignInResult result = basic(authorization.substring(6).strip());
            return result.success() ? loggedIn(context, result) : challenge(response);
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

    private static AuthenticationStatus loggedIn(HttpMessageContext context, SignInResult result) {
        return context.notifyContainerAboutLogin(result.username(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
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
