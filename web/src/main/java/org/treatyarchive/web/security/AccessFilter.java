package org.treatyarchive.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.treatyarchive.user.AccountAccess;
import org.treatyarchive.user.SignIn;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Holds every signed-in request to the account as it stands now, not as it stood at sign-in:
 * <ul>
 * <li>a session whose account was disabled, lost a role or clearance, or had its password reset
 * since the session was granted ends at its next request (pages go to the sign-in page with a
 * message, the API answers 401);</li>
 * <li>a user whose password an administrator set is kept on the change-password page, and the API
 * answers them 403 saying why, until they have replaced it.</li>
 * </ul>
 * One indexed read of the account per signed-in request; anonymous readers cost nothing. Mapped in
 * {@code web.xml}, after authentication and before the API's own guard.
 */
public class AccessFilter extends HttpFilter {

    /** Session attribute: what the session was granted ({@link AccountAccess.SessionGrant}). */
    public static final String GRANT = "archive.sessionGrant";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final int SCRIPT_SESSION_SECONDS = 120;
    static final String API_PASSWORD = "/api/me/password";

    @Inject
    SignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountAccess> account = signIn.current(request.getUserPrincipal().getName());
        HttpSession session = request.getSession(false);
        boolean api = path.startsWith("/api/");
        if (session != null && session.isNew() && ApiGuardFilter.hasBasicCredentials(request)) {
            // The mechanism keeps every sign-in in a session, a script's too; a script that sends its
            // credentials with each call never comes back for it, so its session should not stay for half an hour.
            session.setMaxInactiveInterval(SCRIPT_SESSION_SECONDS);
        }
        if (session != null) {
            Object granted = session.getAttribute(GRANT);
            // A request with Basic credentials was just signed in with them: what it was granted is the account as it is now.
            boolean freshlyVerified = granted == null || ApiGuardFilter.hasBasicCredentials(request);
            if (account.isPresent() && account.get().enabled() && freshlyVerified) {
                session.setAttribute(GRANT, account.get().grant());
            } else if (account.isEmpty() || !(granted instanceof AccountAccess.SessionGrant grant) || !account.get().stillAllows(grant)) {
                end(request, session);
                if (api) {
                    ApiGuardFilter.refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                            "Your access changed since you signed in (account disabled, a role or clearance taken away, or the password reset): sign in again.");
                } else {
                    response.sendRedirect(request.getContextPath() + ArchiveAuthenticationMechanism.LOGIN_PAGE + "?ended=true&next="
                            + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), StandardCharsets.UTF_8));
                }
                return;
            }
        }
        if (account.isPresent() && account.get().mustChangePassword()) {
            if (api && !path.equals(API_PASSWORD)) {
                ApiGuardFilter.refuse(response, HttpServletResponse.SC_FORBIDDEN,
                        "Your password was set by an administrator and must be changed before the API answers you: "
                                + "choose your own with PUT " + request.getContextPath() + API_PASSWORD
                                + " {\"currentPassword\": \"...\", \"password\": \"...\"} or on the sign-in page.");
                return;
            }
            if (!api && !path.equals(PASSWORD_PAGE) && !path.startsWith("/WEB-INF/")) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpSession session) throws ServletException {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // ended by a parallel request of the same session
        }
        request.logout();
    }
}
