package org.treatyarchive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the two ways in: people sign in with the Faces form ({@code /account/login.xhtml},
 * which hands the credential over through {@code SecurityContext.authenticate}), scripts send HTTP
 * Basic credentials to the JSON API. Both are checked by the same identity store and get the same
 * roles. Jakarta Security allows one mechanism per application, hence one that does both.
 */
@ApplicationScoped
@AutoApplySession
public class ArchiveAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/account/login.xhtml";

    /** The WWW-Authenticate header that asks a script for Basic credentials; the API's 401 answers use it too. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Treaty Archive\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential handedOver = context.getAuthParameters().getCredential();
        if (handedOver != null) {
            CredentialValidationResult result = identityStores.validate(handedOver);
            // The form shows its own message; answering 401 here would replace the page.
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result) : AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = basic(authorization.substring(6).strip());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!context.isProtected() && !PublicAccess.requiresSignIn(path, PublicAccess.enabled())) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response);
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private CredentialValidationResult basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return identityStores.validate(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
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
