package org.treatyarchive.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON API as a script calls it: HTTP Basic, JSON in and out. */
public final class ApiClient {

    public static final String ADMIN_PASSWORD = System.getenv().getOrDefault("ARCHIVE_ADMIN_PASSWORD", "it-admin-password-1");
    public static final String PASSWORD = "a long enough password";
    /** What the administrator sets; the user replaces it with {@link #PASSWORD} before anything else. */
    public static final String TEMPORARY_PASSWORD = "set by the administrator";

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(URL base) {
        this.base = URI.create(base.toString());
    }

    public HttpResponse<String> call(String method, String path, String user, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A {@code multipart/form-data} POST as a browser's form sends it: the text fields, then the file.
     *
     * @param user a user created by {@link #createUser}
     */
    public HttpResponse<String> upload(String user, String path, Map<String, String> fields, String fileName, byte[] content) throws Exception {
        String boundary = "archive-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is bytes (a document's content); anonymous when the user is {@code null}. */
    public HttpResponse<byte[]> download(String user, String path) throws Exception {
        return download(user, path, null);
    }

    /** The same, asking for part of the content ({@code bytes=100-199}) when a range is given. */
    public HttpResponse<byte[]> download(String user, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A call as a user created by {@link #createUser}, whose password is {@link #PASSWORD}. */
    public HttpResponse<String> as(String user, String method, String path, String json) throws Exception {
        return call(method, path, user, PASSWORD, json);
    }

    /**
     * A page of a PrimeFaces table as its paginator asks for it, by an anonymous reader without a session: the table's
     * form posted back by ajax to a stateless view, with the fields the form carries ({@code t:carry}), already encoded.
     */
    public HttpResponse<String> tablePage(String path, String table, String carried) throws Exception {
        String form = table.substring(0, table.indexOf(':'));
        String fields = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", table, "jakarta.faces.partial.execute", table,
                "jakarta.faces.partial.render", table, table + "_pagination", "true", table + "_first", "0", table + "_rows", "25", form, form,
                "jakarta.faces.ViewState", "stateless").entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&" + carried;
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /**
     * Creates a user as the first administrator, who sets a temporary password, and replaces it as
     * the user; the name starts with the prefix and is unique.
     */
    public String createUser(String prefix, String clearance, String... roles) throws Exception {
        String username = prefix + System.nanoTime() % 100_000_000;
        String roleList = String.join("\",\"", roles);
        HttpResponse<String> created = call("POST", "api/users", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"displayName\":\"Test " + prefix + "\",\"roles\":[\"" + roleList + "\"],"
                        + "\"clearance\":\"" + clearance + "\",\"password\":\"" + TEMPORARY_PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> forced = call("GET", "api/me", username, TEMPORARY_PASSWORD, null);
        assertEquals(403, forced.statusCode(), "a password an administrator set must be replaced first: " + forced.body());
        HttpResponse<String> changed = call("PUT", "api/me/password", username, TEMPORARY_PASSWORD,
                "{\"currentPassword\":\"" + TEMPORARY_PASSWORD + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        return username;
    }
}
