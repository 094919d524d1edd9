package org.treatyarchive.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Keeps a user whose password an administrator set on the change-password page until they have
 * replaced it: every other page sends them back there. Scripts using the API are not redirected.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    /** Session attribute set at sign-in, removed when the password has been changed. */
    public static final String MUST_CHANGE = "archive.mustChangePassword";
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && session.getAttribute(MUST_CHANGE) != null && request.getUserPrincipal() != null
                && !path.equals(PASSWORD_PAGE) && !path.startsWith("/jakarta.faces.resource/")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
