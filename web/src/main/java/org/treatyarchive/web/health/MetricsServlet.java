package org.treatyarchive.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.health.NodeHealth;
import org.treatyarchive.shared.Measurements;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.SecurityEventType;
import org.treatyarchive.web.security.ArchiveAuthenticationMechanism;
import org.treatyarchive.web.shared.PageCacheFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * {@code /metrics}: what this node counted and timed since it started, as OpenMetrics text for a
 * scraper (Prometheus and the like). It tells how the server is used and how it fares, so it answers
 * only an administrator, or a scraper that sends {@code Authorization: Bearer} with the token set in
 * {@code ARCHIVE_METRICS_TOKEN}; anyone else gets 401 (403 when signed in without the role).
 * Payara's own {@code /metrics} stays off (post-boot commands): this one is the archive's.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());

    static final String CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    /** A token shorter than this is not accepted (and the log says so): a guessable token is no protection. */
    static final int TOKEN_LENGTH_MIN = 24;

    private static final Map<String, String> HELP = Map.of(
            RequestTimingFilter.METRIC, "Requests answered, by route (page, API resource without identifiers) and status class, and how long they took.",
            "archive_search_seconds", "Searches of the index, with facets (the search page and API) or without (the lists), and how long they took.",
            "archive_security_events", "Entries of the security log written by this node, by type: LOGIN_FAILED and ACCOUNT_LOCKED are the ones to alert on.",
            "archive_figure_cache_lookups", "Figures (a party's counts, the statistics) answered from the cache (hit) or counted in the database (miss).",
            PageCacheFilter.METRIC, "Answers for anonymous readers (record pages, the API's records, PDFs...) served as made before (hit) or made (miss).");

    @Inject
    Measurements measurements;

    @Inject
    ReadinessChecks readiness;

    private volatile byte[] token;

    @Override
    public void init() {
        Optional<String> configured = ConfigProvider.getConfig(MetricsServlet.class.getClassLoader())
                .getOptionalValue("archive.metrics.token", String.class).map(String::strip).filter(value -> !value.isEmpty());
        if (configured.isPresent() && configured.get().length() < TOKEN_LENGTH_MIN) {
            LOG.warning(() -> "ARCHIVE_METRICS_TOKEN is shorter than " + TOKEN_LENGTH_MIN + " characters and is not accepted; "
                    + "the metrics answer administrators only. Use a random token (openssl rand -hex 24).");
        }
        token = configured.filter(value -> value.length() >= TOKEN_LENGTH_MIN).map(value -> value.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.ADMINISTRATOR_NAME) && !bearsToken(request)) {
            response.setHeader("Cache-Control", "no-store");
            if (request.getUserPrincipal() == null) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Treaty Archive metrics\", " + ArchiveAuthenticationMechanism.BASIC_CHALLENGE);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("The metrics answer an administrator, or a scraper that sends the metrics token (ARCHIVE_METRICS_TOKEN).");
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        write(response.getWriter());
    }

    private boolean bearsToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Compared in constant time: how long a wrong token took to refuse must not tell how much of it was right.
        return MessageDigest.isEqual(token, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    void write(PrintWriter out) {
        String family = null;
        for (Map.Entry<Measurements.Series, Measurements.Timer> timed : measurements.timers().entrySet()) {
            Measurements.Series series = timed.getKey();
            if (!series.name().equals(family)) {
                family = series.name();
                header(out, family, "histogram");
                out.printf("# UNIT %s seconds\n", family);
            }
            Measurements.Timer timer = timed.getValue();
            for (int i = 0; i < Measurements.BUCKETS.length; i++) {
                out.printf("%s_bucket%s %d\n", family, labels(series.labels(), "le", number(Measurements.BUCKETS[i])), timer.atMost(i));
            }
            out.printf("%s_bucket%s %d\n", family, labels(series.labels(), "le", "+Inf"), timer.count());
            out.printf("%s_count%s %d\n", family, labels(series.labels(), null, null), timer.count());
            out.printf("%s_sum%s %s\n", family, labels(series.labels(), null, null), number(timer.sum()));
        }
        Map<Measurements.Series, LongAdder> counters = measurements.counters();
        // The two an operator alerts on are there from the start, at nought, so that an alert rule finds them.
        for (SecurityEventType type : new SecurityEventType[]{SecurityEventType.LOGIN_FAILED, SecurityEventType.ACCOUNT_LOCKED}) {
            counters.putIfAbsent(new Measurements.Series("archive_security_events", new TreeMap<>(Map.of("type", type.name()))), new LongAdder());
        }
        family = null;
        for (Map.Entry<Measurements.Series, LongAdder> counted : new TreeMap<>(counters).entrySet()) {
            if (!counted.getKey().name().equals(family)) {
                family = counted.getKey().name();
                header(out, family, "counter");
            }
            out.printf("%s_total%s %d\n", family, labels(counted.getKey().labels(), null, null), counted.getValue().sum());
        }
        NodeHealth health = readiness.look();
        gauge(out, "archive_database_up", "Whether the database answers (1) or not (0).", health.databaseUp() ? 1 : 0);
        Optional<Long> lag = health.indexLag();
        gauge(out, "archive_search_index_lag_agreements", "How many agreements the search index is out of step with the database (absent while the database is away).",
                lag.orElse(null));
        gauge(out, "archive_search_index_rebuilding", "Whether a rebuild of the search index is under way (1) or not (0).", health.rebuilding() ? 1 : 0);
        out.print("# EOF\n");
        out.flush();
    }

    private static void header(PrintWriter out, String family, String type) {
        out.printf("# TYPE %s %s\n", family, type);
        String help = HELP.get(family);
        if (help != null) {
            out.printf("# HELP %s %s\n", family, help);
        }
    }

    private static void gauge(PrintWriter out, String name, String help, Long value) {
        out.printf("# TYPE %s gauge\n# HELP %s %s\n", name, name, help);
        if (value != null) {
            out.printf("%s %d\n", name, value);
        }
    }

    private static void gauge(PrintWriter out, String name, String help, int value) {
        gauge(out, name, help, (long) value);
    }

    private static String labels(Map<String, String> labels, String extraName, String extraValue) {
        Map<String, String> all = new TreeMap<>(labels);
        StringBuilder text = new StringBuilder("{");
        all.forEach((name, value) -> text.append(text.length() > 1 ? "," : "").append(name).append("=\"").append(escape(value)).append('"'));
        if (extraName != null) {
            // The bucket's bound goes last, as the format's examples write it.
            text.append(text.length() > 1 ? "," : "").append(extraName).append("=\"").append(extraValue).append('"');
        }
        return text.length() == 1 ? "" : text.append('}').toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
