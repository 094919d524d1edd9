package org.treatyarchive.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.shared.ArchiveChange;
import org.treatyarchive.shared.Measurements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Serves what an anonymous reader gets of a record (its page, its JSON, its PDF, its relations), a party
 * (its page, JSON and CSV), a summit, a search of the API and the figures as it was made for the reader before, when nothing in the archive has changed
 * since: Faces rendering is two thirds of a record page's CPU, a PDF sheet costs more, every anonymous
 * reader of one language on one day gets the same bytes, and a public archive's readers mostly open the
 * same records. It keeps exactly what {@link ConditionalAnswerFilter} lets a shared cache keep ({@code
 * public}) under the validator that filter gave it, which moves with every save, approval, withdrawal,
 * classification and with the day and the language, on every node (each reads the newest revision from
 * the database per request); so a change is the next answer, here as for any cache before the archive.
 * An answer made within a minute of the newest change is kept only until that minute is over (a
 * transaction numbered below it may still commit), one made later for a quarter of an hour
 * ({@link ArchiveChange#trustedUntil}): most records are read less often than once a minute.
 * Kept only when making it opened no session and set no cookie and it was answered 200; a reader
 * bringing any cookie but the language's and the session's is served afresh (a flash message, say, is
 * theirs alone). Answers made from the search index (a summit, a search of the API) are kept only when
 * made while the index was in step with the validator; documents' files are not kept ({@link #NOT_KEPT}).
 * Readers that accept gzip get the kept bytes as they are.
 *
 * <p>{@code ARCHIVE_PAGE_CACHE_MB} sets the budget (gzipped; default 64, some 10,000 record pages with their JSON; 0
 * turns it off).
 */
public class PageCacheFilter extends HttpFilter {

    public static final String METRIC = "archive_page_cache_lookups";
    private static final Map<String, String> HIT = Map.of("result", "hit");
    private static final Map<String, String> MISS = Map.of("result", "miss");
    /** Missed, and served what another request was making meanwhile. */
    private static final Map<String, String> WAITED = Map.of("result", "waited");

    /**
     * How long a reader who misses an answer another request is making waits for it before making their own
     * (that one may not be kept: a session opened, an error).
     */
    private static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * Cookies that change nothing on a kept answer: the language is in its validator, and a session holding
     * something of the reader's makes the answer private, which is not kept.
     */
    private static final Set<String> HARMLESS_COOKIES = Set.of("archive-language", "JSESSIONID", "JSESSIONIDVERSION");

    /**
     * A document's file is read from its store as it is. (What comes from the search index, a summit or a
     * search, carries a validator only while the index is in step with it: ConditionalAnswerFilter.)
     */
    private static final Pattern NOT_KEPT = Pattern.compile("/api/agreements/[^/]+/documents/[^/]+/content");

    /** Told afresh for each answer (the length, by the filter), or not the answer's own. */
    private static final Set<String> UNKEPT_HEADERS = Set.of("content-length", "transfer-encoding", "connection", "date", "set-cookie");

    /** An answer larger than this is served but not kept (a treaty of thousands of articles). */
    private static final int COPY_MAX = 2 * 1024 * 1024;

    /**
     * A reader's record page of the benchmark's archive keeps in 5–6 kB and its JSON in 1–2: 16 MB did not hold
     * 2,000 records with their JSON, the least read went before they were read again, and the record page
     * answered 162 requests a second against 898 with 64 (BENCHMARKS.md, 7 December 2026, late night). 64 MB is an
     * eighth of the heap the README gives a node.
     */
    private static final int DEFAULT_MB = 64;

    @Inject
    Measurements measurements;

    private RenderedPages pages;

    @Override
    public void init() {
        int megabytes = ConfigProvider.getConfig(PageCacheFilter.class.getClassLoader())
                .getOptionalValue("archive.page.cache.mb", Integer.class).orElse(DEFAULT_MB);
        pages = megabytes > 0 ? new RenderedPages(megabytes * 1024L * 1024L) : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String validator = response.getHeader("ETag");
        ArchiveChange change = (ArchiveChange) request.getAttribute(ArchiveChange.class.getName());
        if (pages == null || !"GET".equals(request.getMethod()) || validator == null || change == null
                || !"public, no-cache".equals(response.getHeader("Cache-Control")) || !onlyHarmlessCookies(request)
                || NOT_KEPT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Accept-Encoding");
        String key = key(request);
        Optional<RenderedPages.Page> kept = pages.get(key, validator);
        if (kept.isPresent()) {
            measurements.count(METRIC, HIT);
            serve(kept.get(), request, response);
            return;
        }
        Optional<Runnable> making = pages.startMaking(key, validator);
        if (making.isEmpty()) {
            kept = awaitMade(key, validator);
            if (kept.isPresent()) {
                measurements.count(METRIC, WAITED);
                serve(kept.get(), request, response);
                return;
            }
        }
        measurements.count(METRIC, MISS);
        try {
            make(key, validator, change, request, response, chain);
        } finally {
            making.ifPresent(Runnable::run);
        }
    }

    /**
     * The address, and for the API what the caller accepts. A page is HTML whatever the reader accepts, and each
     * browser sends its own {@code Accept}: keyed by it, every page was kept once per browser, and a page read in
     * one missed in the next (the benchmark's warm-up, by curl, missed every record for {@code wrk}).
     */
    static String key(HttpServletRequest request) {
        String address = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI() + "?"
                + request.getQueryString();
        return request.getRequestURI().endsWith(".xhtml") ? address : address + " " + request.getHeader("Accept");
    }

    private Optional<RenderedPages.Page> awaitMade(String key, String validator) {
        try {
            return pages.awaitMade(key, validator, WAIT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void make(String key, String validator, ArchiveChange change, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        // Before anything is read for the answer: whether the change had settled by then decides how long it is trusted.
        Instant started = Instant.now();
        boolean hadSession = request.getSession(false) != null;
        Copying copying = new Copying(response);
        chain.doFilter(request, copying);
        copying.flushWriter();
        String contentType = response.getContentType();
        if (response.getStatus() == HttpServletResponse.SC_OK && !copying.cookieSet && (hadSession || request.getSession(false) == null)
                && contentType != null && copying.complete()) {
            copying.headers.put("Content-Type", List.of(contentType));
            pages.put(key, validator, change.trustedUntil(started), copying.headers, copying.body());
        }
    }

    private static void serve(RenderedPages.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(page.gzipped().length);
            response.getOutputStream().write(page.gzipped());
        } else {
            response.setContentLength(page.length());
            try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
                body.transferTo(response.getOutputStream());
            }
        }
    }

    /** {@code gzip} listed and not refused with {@code q=0} (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.split(",")).map(String::trim).anyMatch(coding -> {
            String[] parts = coding.split(";");
            if (!parts[0].trim().equalsIgnoreCase("gzip")) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean onlyHarmlessCookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).allMatch(cookie -> HARMLESS_COOKIES.contains(cookie.getName()));
    }

    /**
     * Passes everything on to the reader as it is written and keeps a copy, so that an answer that is
     * not kept costs nothing more than the copy; keeps the headers set on the way, and notes a cookie.
     */
    private static final class Copying extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private final CharArrayWriter chars = new CharArrayWriter(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean overflow;
        boolean cookieSet;
        /** Set while the answer was made, to be given again with the kept copy; the length is the copy's own. */
        final Map<String, List<String>> headers = new LinkedHashMap<>();

        Copying(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value, true);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value, false);
            super.addHeader(name, value);
        }

        private void note(String name, String value, boolean replacing) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            if (value == null || UNKEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                return;
            }
            List<String> values = replacing ? new ArrayList<>() : headers.getOrDefault(name, new ArrayList<>());
            values.add(value);
            headers.put(name, values);
        }

        @Override
        public void reset() {
            super.reset();
            forget();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            forget();
        }

        private void forget() {
            bytes.reset();
            chars.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        if (room(1)) {
                            bytes.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        if (room(len)) {
                            bytes.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter real = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] buffer, int off, int len) {
                        real.write(buffer, off, len);
                        if (room(len)) {
                            chars.write(buffer, off, len);
                        }
                    }

                    @Override
                    public void flush() {
                        real.flush();
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                });
            }
            return writer;
        }

        private boolean room(int len) {
            overflow |= bytes.size() + chars.size() + len > COPY_MAX;
            return !overflow;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** Whole, and written through one of the two (a page is). */
        boolean complete() {
            return !overflow && (bytes.size() == 0) != (chars.size() == 0);
        }

        byte[] body() {
            return bytes.size() > 0 ? bytes.toByteArray() : chars.toString().getBytes(Charset.forName(getCharacterEncoding()));
        }
    }
}
