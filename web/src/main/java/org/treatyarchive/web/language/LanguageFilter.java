package org.treatyarchive.web.language;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.user.AccountService;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;

/**
 * Settles the request's interface language before anything renders: a {@code lang} parameter (a
 * link to a page in a language, or the language menu) wins and is remembered in a cookie for a
 * year, and for a signed-in member of staff also with their account; then the cookie; then the
 * browser's {@code Accept-Language}. Done here rather than in a page bean because the cookie must
 * be set before the page starts to stream.
 */
public class LanguageFilter extends HttpFilter {

    static final String COOKIE = "archive-language";
    static final String ATTRIBUTE = InterfaceLanguage.class.getName();
    private static final int A_YEAR = 365 * 24 * 3600;

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<InterfaceLanguage> asked = InterfaceLanguage.of(linkParameter(request.getQueryString()));
        InterfaceLanguage language = asked.or(() -> remembered(request))
                .or(() -> InterfaceLanguage.firstOf(Collections.list(request.getLocales())))
                .orElse(InterfaceLanguage.DEFAULT);
        if (asked.isPresent()) {
            remember(request, response, language);
            if (request.getUserPrincipal() != null) {
                accounts.rememberOwnLanguage(language.tag());
            }
        }
        request.setAttribute(ATTRIBUTE, language);
        // Pages and caches differ by language; say so to any cache between the archive and the reader.
        response.addHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Content-Language", language.tag());
        chain.doFilter(request, response);
    }

    /** Sets the cookie that keeps the language for this browser. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, InterfaceLanguage language) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(A_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /**
     * {@code lang} from the address only. Not {@code getParameter}: that would read a posted form's
     * body here, before Faces sets its character encoding, and turn every Cyrillic or Persian
     * character typed into the form into ISO-8859-1 mojibake.
     */
    static String linkParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Optional<InterfaceLanguage> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return InterfaceLanguage.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
