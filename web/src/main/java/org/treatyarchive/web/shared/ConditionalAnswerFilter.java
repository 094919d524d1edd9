package org.treatyarchive.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.web.language.InterfaceLanguage;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lets browsers and shared caches keep what an anonymous reader gets of a record, a party, a summit,
 * a search of the API and the figures, and ask again for the price of one indexed read: the validator is the archive's
 * newest change, the day (statuses follow the calendar) and the interface language, so it moves
 * whenever any of them would change the answer. Every answer carries {@code no-cache}: a cache
 * must ask each time, so that a record classified, withdrawn or corrected since is never served
 * from it. What is read from the search index gets a validator only while the index is in step with
 * the newest change ({@link AgreementCatalog#indexInStepWith}): made a moment after a commit, it could
 * show the archive before it under the validator after it. {@code public} only where the answer holds
 * nothing of one reader's: the API, and the record, party, summit, list and search pages (rendered without a session,
 * as stateless views: {@code layout.xhtml}) unless the reader's session holds what they typed before it expired, which
 * the page gives back: then {@code private} (only that reader's browser may keep it).
 * Staff and anyone signed in get none of this ({@code no-store}, in {@code SecurityHeadersFilter}).
 * {@link PageCacheFilter} keeps the public pages.
 */
public class ConditionalAnswerFilter extends HttpFilter {

    /** Shared caches may keep these for every anonymous reader. */
    private static final Pattern SHARED = Pattern.compile("/api/agreements(/[^/]+(\\.pdf|/relations|/documents|/documents/[0-9a-f]{64}/content)?)?"
            + "|/api/parties(/[^/]+(/agreements(\\.csv)?)?)?|/api/events/[^/]+|/api/statistics");

    /**
     * Read from the search index, which is written after the commit that moves the validator: these are
     * validated (and kept) only while the index is in step with the archive's newest change.
     */
    private static final Pattern FROM_THE_INDEX = Pattern.compile("/api/agreements(/export)?|/api/events/[^/]+|/agreements/(list|search)\\.xhtml"
            + "|/events/view\\.xhtml");

    /** The same for every anonymous reader, but for what one typed before their session expired ({@link RecoveredInput}). */
    private static final Pattern STATELESS_PAGES = Pattern.compile("/agreements/(view|list|search)\\.xhtml|/(parties|events)/view\\.xhtml");

    @Inject
    AgreementCatalog catalog;

    /** Readers asking at once share one read of the newest change, each one begun after they asked. */
    private JoinedRead<Optional<ArchiveChange>> newestChange;

    @Override
    public void init() {
        newestChange = new JoinedRead<>(catalog::lastChange);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<String> cacheControl = cacheControl(request);
        Optional<ArchiveChange> change = cacheControl.isPresent() ? newestChange.get() : Optional.empty();
        if (change.isPresent() && FROM_THE_INDEX.matcher(path(request)).matches() && !catalog.indexInStepWith(change.get())) {
            change = Optional.empty();
        }
        if (change.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LocalDate today = catalog.today();
        InterfaceLanguage language = (InterfaceLanguage) request.getAttribute(InterfaceLanguage.class.getName());
        String tag = "W/\"" + change.get().revision() + "-" + today + "-" + (language == null ? "" : language.tag()) + "\"";
        // The day's start counts as a change: a status may have moved with the date alone.
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant lastModified = (change.get().at().isAfter(dayStart) ? change.get().at() : dayStart).truncatedTo(ChronoUnit.SECONDS);
        // For PageCacheFilter: how long an answer made under this validator may be kept depends on the change's age.
        request.setAttribute(ArchiveChange.class.getName(), change.get());
        response.setHeader("ETag", tag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", cacheControl.get());
        if (notModified(request, tag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * What a cache may do with this answer; empty when it is not one to validate: not a read, a
     * signed-in caller, a link that sets the language cookie, or a path outside the lists.
     */
    static Optional<String> cacheControl(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || request.getUserPrincipal() != null || request.getHeader("Authorization") != null
                || setsLanguage(request.getQueryString())) {
            return Optional.empty();
        }
        String path = path(request);
        boolean statelessPage = STATELESS_PAGES.matcher(path).matches();
        if (SHARED.matcher(path).matches() || statelessPage && !RecoveredInput.waiting(request)) {
            return Optional.of("public, no-cache");
        }
        return statelessPage ? Optional.of("private, no-cache") : Optional.empty();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean setsLanguage(String query) {
        return query != null && Arrays.stream(query.split("&")).anyMatch(pair -> pair.startsWith("lang="));
    }

    /** {@code If-None-Match} decides when sent (RFC 9110, 13.2.2); {@code If-Modified-Since} only without it. */
    static boolean notModified(HttpServletRequest request, String tag, Instant lastModified) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            return Arrays.stream(match.split(",")).map(String::trim).map(ConditionalAnswerFilter::weak)
                    .anyMatch(candidate -> candidate.equals("*") || candidate.equals(weak(tag)));
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
    }

    /** Weak comparison, as for a GET: {@code W/"x"} and {@code "x"} are the same validator. */
    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
