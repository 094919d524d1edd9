package org.treatyarchive.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.shared.Measurements;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Times every request by its route for the operators' metrics: the page ({@code /agreements/view.xhtml}),
 * the API resource with its identifiers left out ({@code /api/agreements/{id}/relations}), or a kind
 * (static resources), or what became of it ({@code not-found}, {@code refused}). Mapped first in
 * {@code web.xml}, so the time includes every other filter.
 */
public class RequestTimingFilter extends HttpFilter {

    static final String METRIC = "archive_http_request_seconds";

    /** A path segment that names a resource ({@code agreements}, {@code export}); anything else names a record. */
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z][a-z-]*(\\.(csv|xlsx|json|pdf))?");
    private static final int API_DEPTH_MAX = 5;

    @Inject
    Measurements measurements;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String uri = request.getRequestURI();
            // Without a ";jsessionid=…" path parameter, which would make every session a route of its own.
            String path = uri.substring(request.getContextPath().length(), uri.indexOf(';') < 0 ? uri.length() : uri.indexOf(';'));
            int status = response.getStatus();
            measurements.time(METRIC, Map.of("route", route(path, status), "status", (status / 100) + "xx"), System.nanoTime() - started);
        }
    }

    /**
     * The route a path belongs to, from a small fixed set whatever the requests: a path that found
     * nothing is {@code not-found}, so made-up addresses cannot multiply the series.
     */
    static String route(String path, int status) {
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/webjars/")) {
            return "static";
        }
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "not-found";
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            // Refused before anything was looked up: the path may be anything the caller typed.
            return "refused";
        }
        if (!path.startsWith("/api/")) {
            return path.isEmpty() ? "/" : path;
        }
        String[] segments = path.substring(1).split("/");
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < Math.min(segments.length, API_DEPTH_MAX); i++) {
            route.append('/').append(i < 2 || RESOURCE_NAME.matcher(segments[i]).matches() ? segments[i] : "{id}");
        }
        return route.toString();
    }
}
