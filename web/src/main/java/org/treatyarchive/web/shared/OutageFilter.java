package org.treatyarchive.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Answers 503 with {@code Retry-After} when a request failed because the database or the search service
 * is away: JSON on the API, a plain styled page (that needs neither) for pages, each saying which. First in the chain, so that the
 * other filters' reads of the account are covered too. Any other failure passes on unchanged.
 */
public class OutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    /**
     * The loggers that write a record, with a stack trace, for every request that cannot get a
     * connection: Payara's connection pool (four records per failed allocation) and Hibernate's SQL
     * error helper. Each keeps one record per message per interval while the outage lasts.
     */
    private static final List<String> NOISY = List.of(
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator",
            "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors",
            "javax.enterprise.resource.resourceadapter.com.sun.gjc.spi",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper");

    /** Held so that the loggers, which the log manager keeps only weakly, keep their filters. */
    private final List<Logger> throttled = new ArrayList<>();

    @Override
    public void init() {
        for (String name : NOISY) {
            Logger logger = Logger.getLogger(name);
            if (logger.getFilter() == null) {
                logger.setFilter(new Outage.Throttle());
                throttled.add(logger);
            }
        }
    }

    @Override
    public void destroy() {
        throttled.forEach(logger -> logger.setFilter(null));
        throttled.clear();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Optional<Outage.Part> away = Outage.of(failure);
            if (away.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            Outage.log(LOG, failure);
            answer(request, response, away.get());
        }
    }

    /** The 503 answer itself; also used by the authentication mechanism, which runs before any filter. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Outage.Part away) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Outage.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"error\":\"" + away.message() + "\",\"parameter\":null}");
            return;
        }
        response.setContentType("text/html");
        try (InputStream page = request.getServletContext().getResourceAsStream(away.page()); OutputStream out = response.getOutputStream()) {
            if (page != null) {
                page.transferTo(out);
            }
        }
    }
}
