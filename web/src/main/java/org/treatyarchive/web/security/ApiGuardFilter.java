package org.treatyarchive.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.importing.RegisterFile;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every state-changing API call passes before any of its body is read:
 * <ul>
 * <li><b>CSRF</b>: writes need HTTP Basic credentials in the request itself. The page session's cookie,
 * which a browser adds to a forged request from another site, never writes through the API; and a
 * request whose {@code Origin} is another site is refused outright.</li>
 * <li><b>Authentication first</b>: an anonymous write answers 401 before its body is read, so that a
 * stranger's upload costs nothing.</li>
 * <li><b>Size</b>: a body larger than {@code ARCHIVE_MAX_REQUEST_MB} (default 4) answers 413, from
 * its {@code Content-Length} or, without one, as soon as reading passes the limit.</li>
 * <li><b>Text</b>: the body must be valid UTF-8 without control characters (raw, or escaped in JSON
 * strings), which would otherwise be stored silently; tabs and line breaks are allowed.</li>
 * <li><b>Documents</b>: a file sent as multipart to a record's documents is binary and may be large:
 * its {@code Content-Length} may not pass {@code ARCHIVE_MAX_UPLOAD_MB} (default 200), and it streams
 * to the document store, which refuses it as soon as it passes the limit, instead of being read here.
 * A register sent to {@code /api/imports} (or a whole archive to {@code /api/archive}) passes the same way, under {@code ARCHIVE_MAX_IMPORT_MB}
 * (default 32): a workbook is binary, and the import reads and refuses what it cannot take.</li>
 * </ul>
 * Mapped in {@code web.xml} to {@code /api/*}, after {@link AccessFilter}.
 */
public class ApiGuardFilter extends HttpFilter {

    /** Request attribute: the body as read, for error answers that point into it. */
    public static final String BODY = "archive.requestBody";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int DEFAULT_MAX_MB = 4;
    private static final int DEFAULT_MAX_UPLOAD_MB = 200;
    /** Room for the multipart boundaries and the description parts beside the file. */
    private static final long MULTIPART_ALLOWANCE = 1024 * 1024;
    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/api/agreements/[^/]+/documents/?");
    private static final Pattern IMPORT_UPLOAD = Pattern.compile("/api/(imports|archive)/?");
    private static final Pattern ESCAPED_CONTROL = Pattern.compile("\\\\u00[01][0-9a-fA-F]");
    private static final Set<String> ALLOWED_ESCAPES = Set.of("\\u0009", "\\u000a", "\\u000A", "\\u000d", "\\u000D");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!sameOrigin(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "A request from another site cannot change the archive.");
            return;
        }
        if (request.getUserPrincipal() == null) {
            ArchiveAuthenticationMechanism.challenge(response);
            return;
        }
        if (!hasBasicCredentials(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Changes through the API need HTTP Basic credentials in the request;"
                    + " the pages' session cannot make them (protection against cross-site request forgery).");
            return;
        }
        boolean document = isUpload(request, DOCUMENT_UPLOAD);
        if (document || isUpload(request, IMPORT_UPLOAD)) {
            // A file is binary and may be large: it streams to the document store or the import, which count and refuse it as it arrives.
            long fileLimit = document ? maxUploadBytes : maxImportBytes;
            if (request.getContentLengthLong() > fileLimit + MULTIPART_ALLOWANCE) {
                response.setHeader("Connection", "close");
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The file is larger than the archive accepts ("
                        + fileLimit / (1024 * 1024) + " MB; " + (document ? "ARCHIVE_MAX_UPLOAD_MB" : "ARCHIVE_MAX_IMPORT_MB") + ").");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long limit = maxBytes;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = read(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(response, limit);
            return;
        }
        String problem = textProblem(body);
        if (problem != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        request.setAttribute(BODY, body);
        chain.doFilter(new BufferedBody(request, body), response);
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** No {@code Origin} (scripts, same-site forms in older browsers) or this very host and port. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader("Host");
            String fromHost = from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort());
            return host != null && (host.equalsIgnoreCase(fromHost) || host.equalsIgnoreCase(from.getHost())
                    && from.getPort() < 0);
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /** Read once: the setting is fixed for the life of the deployment, and this runs on every API write. */
    private long maxBytes;
    private long maxUploadBytes;
    private long maxImportBytes;

    @Override
    public void init() {
        maxBytes = configuredMaxBytes();
        maxUploadBytes = megabytes("archive.max.upload.mb", DEFAULT_MAX_UPLOAD_MB);
        maxImportBytes = megabytes("archive.max.import.mb", (int) RegisterFile.DEFAULT_MAX_MB);
    }

    /** A file sent as multipart to the path: a record's documents, or a register to import. */
    static boolean isUpload(HttpServletRequest request, Pattern path) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && path.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private static long megabytes(String setting, int fallback) {
        return ConfigProvider.getConfig(ApiGuardFilter.class.getClassLoader()).getOptionalValue(setting, String.class)
                .map(String::strip).filter(value -> !value.isEmpty()).map(Long::parseLong).orElse((long) fallback) * 1024L * 1024L;
    }

    static long configuredMaxBytes() {
        return megabytes("archive.max.request.mb", DEFAULT_MAX_MB);
    }

    /** The body, or {@code null} as soon as it passes the limit (nothing more is read). */
    private static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + read > limit) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static String textProblem(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException malformed) {
            return "The body is not valid UTF-8: send text encoded as UTF-8.";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "The body contains a control character (U+" + String.format("%04X", (int) c) + "), which the archive does not store.";
            }
        }
        var escaped = ESCAPED_CONTROL.matcher(text);
        while (escaped.find()) {
            if (!ALLOWED_ESCAPES.contains(escaped.group())) {
                return "The body contains a control character (" + escaped.group() + "), which the archive does not store.";
            }
        }
        return null;
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        // The rest of an oversized body is not read; the connection cannot be reused.
        response.setHeader("Connection", "close");
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The body is larger than the archive accepts (" + limit / (1024 * 1024) + " MB; ARCHIVE_MAX_REQUEST_MB).");
    }

    /** An API error in the archive's JSON shape. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"parameter\":null}");
    }

    /** The request with its body already read, so that JAX-RS reads the same bytes. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read.");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
