package org.treatyarchive.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive as a script writer and an attacker meet it: many requests at once by one user, forged
 * requests riding on a browser's session, sessions whose access was taken away, oversized and
 * malformed bodies. Runs on the embedded database and on MariaDB.
 */
class HostileRequestsHttpIT extends ApiIT {

    private static final String FOREIGN = "https://attacker.example";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void client() {
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> List<T> inParallel(int threads, List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(work, 3, TimeUnit.MINUTES);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String newAgreement(String title, String signed) {
        return Json.createObjectBuilder().add("officialTitle", title).add("kind", "PROTOCOL").add("format", "BILATERAL")
                .add("signed", signed)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "KZ"))
                        .add(Json.createObjectBuilder().add("code", "RU")))
                .build().toString();
    }

    /**
     * The page session's cookies as a browser would hold them after signing in (here through a Basic
     * call): the session's id and, where the sessions are shared by several nodes (the WAR is
     * distributable), the version of it the server last answered, without which the server does not take
     * the id for a session it holds. A single node keeps its sessions in memory and sends no version.
     */
    private String sessionCookie(String user) throws Exception {
        HttpResponse<String> me = send(request("api/me").header("Authorization", basic(user, ApiClient.PASSWORD)));
        assertEquals(200, me.statusCode(), me.body());
        String cookie = me.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + me.headers().map()));
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), "the session cookie is SameSite=Lax: " + cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        return me.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONIDVERSION="))
                .findFirst().map(version -> session + "; " + version.substring(0, version.indexOf(';'))).orElse(session);
    }

    @Test
    void fortyParallelSignInsForOneNameNeitherFailNorFreezeTheArchive() throws Exception {
        String crowded = api.createUser("crowded", "PUBLIC", "READER");
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String password = i % 2 == 0 ? ApiClient.PASSWORD : "wrong password " + i;
            burst.add(() -> send(request("api/me").header("Authorization", basic(crowded, password))).statusCode());
        }
        ExecutorService attackers = Executors.newSingleThreadExecutor();
        Future<List<Integer>> statuses = attackers.submit(() -> inParallel(40, burst));
        List<Long> anonymousMillis = new ArrayList<>();
        try {
            for (int read = 0; read < 10; read++) {
                long start = System.nanoTime();
                HttpResponse<String> list = send(request("api/agreements?q=caspian"));
                anonymousMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertEquals(200, list.statusCode(), "an anonymous read during the burst: " + list.body());
            }
            for (int status : statuses.get(3, TimeUnit.MINUTES)) {
                assertTrue(status == 200 || status == 401, "every sign-in is answered as signed in or refused, never " + status);
            }
        } finally {
            attackers.shutdownNow();
        }
        // The freeze this guards against lasted a minute; the latency itself is the benchmark's to measure.
        assertTrue(anonymousMillis.stream().allMatch(millis -> millis < 5_000), "anonymous reads kept answering: " + anonymousMillis);
    }

    @Test
    void parallelWrongPasswordsLockTheAccountOnceAndALockIsNotUndoneByAParallelSuccess() throws Exception {
        String target = api.createUser("target", "PUBLIC", "READER");
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String password = i % 6 == 5 ? ApiClient.PASSWORD : "wrong password " + i;
            burst.add(() -> send(request("api/me").header("Authorization", basic(target, password))).statusCode());
        }
        assertTrue(inParallel(30, burst).stream().allMatch(status -> status == 200 || status == 401));
        HttpResponse<String> after = api.as(target, "GET", "api/me", null);
        assertEquals(401, after.statusCode(), "25 wrong passwords locked the account, whatever succeeded beside them");
        List<JsonObject> log = ApiClient.json(api.call("GET", "api/security-log", "admin", ApiClient.ADMIN_PASSWORD, null))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, log.stream().filter(event -> event.getString("type").equals("ACCOUNT_LOCKED")
                && target.equals(event.getString("target", null))).count(), "locked once, logged once");
    }

    @Test
    void oneArchivistsParallelReadsAndCreationsAllSucceed() throws Exception {
        String archivist = api.createUser("busy", "PUBLIC", "ARCHIVIST");
        List<Callable<HttpResponse<String>>> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            work.add(() -> api.as(archivist, "GET", "api/agreements", null));
            work.add(() -> api.as(archivist, "GET", "api/me", null));
            String title = "Protocol on parallel entry " + i + " " + System.nanoTime();
            work.add(() -> api.as(archivist, "POST", "api/agreements", newAgreement(title, "2019-05-0" + (1 + title.length() % 9))));
        }
        for (HttpResponse<String> answer : inParallel(60, work)) {
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, answer.statusCode() + " " + answer.body());
        }
    }

    @Test
    void parallelFirstRecordsOfAYearGetUniqueSequentialReferences() throws Exception {
        String archivist = api.createUser("first", "PUBLIC", "ARCHIVIST");
        // A year no other test or the starter collection uses, so these are its first records.
        int year = 1000 + (int) (System.nanoTime() % 500);
        List<Callable<HttpResponse<String>>> work = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String title = "Treaty of the year " + year + " number " + i;
            work.add(() -> api.as(archivist, "POST", "api/agreements", newAgreement(title, String.valueOf(year))));
        }
        Set<String> references = new HashSet<>();
        for (HttpResponse<String> created : inParallel(10, work)) {
            assertEquals(201, created.statusCode(), created.body());
            references.add(ApiClient.json(created).getString("reference"));
        }
        Set<String> expected = new HashSet<>();
        for (int n = 1; n <= 10; n++) {
            expected.add(String.format("AGR-%04d-%04d", year, n));
        }
        assertEquals(expected, references, "ten records, ten references, none twice, none skipped");
    }

    @Test
    void theSessionCookieAloneChangesNothingThroughTheApi() throws Exception {
        // Confidential, so that the record this test publishes stays out of the public counts other tests check.
        String archivist = api.createUser("author", "CONFIDENTIAL", "ARCHIVIST");
        String reviewer = api.createUser("checker", "CONFIDENTIAL", "REVIEWER");
        String confidential = Json.createObjectBuilder(object(newAgreement("Forgery target " + System.nanoTime(), "2020-02-02")))
                .add("classification", "CONFIDENTIAL").build().toString();
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", confidential);
        String reference = ApiClient.json(created).getString("reference");
        assertEquals(200, api.as(archivist, "POST", "api/agreements/" + reference + "/submission", "{\"comment\":\"Entered.\"}").statusCode());
        long proposal = ApiClient.json(api.as(archivist, "GET", "api/agreements/" + reference + "/review", null))
                .getJsonNumber("openProposal").longValue();
        String cookie = sessionCookie(reviewer);

        HttpResponse<String> forged = send(request("api/reviews/" + proposal + "/approval").header("Cookie", cookie)
                .header("Origin", FOREIGN).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.statusCode(), "a cross-site approval: " + forged.body());
        HttpResponse<String> sameSite = send(request("api/reviews/" + proposal + "/approval").header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, sameSite.statusCode(), "the page session never writes through the API: " + sameSite.body());
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            HttpResponse<String> restore = send(request("api/agreements/" + reference + "/history/1/restore").header("Cookie", cookie)
                    .header("Origin", FOREIGN).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertEquals(403, restore.statusCode(), type + ": " + restore.body());
        }
        HttpResponse<String> withCredentialsFromElsewhere = send(request("api/reviews/" + proposal + "/approval")
                .header("Authorization", basic(reviewer, ApiClient.PASSWORD)).header("Origin", FOREIGN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, withCredentialsFromElsewhere.statusCode(), "another site's page cannot write, credentials or not");

        JsonObject review = ApiClient.json(api.as(archivist, "GET", "api/agreements/" + reference + "/review", null));
        assertEquals("IN_REVIEW", review.getString("openState"), "nothing was approved");
        assertEquals("UNPUBLISHED", review.getString("publication"));
        assertEquals(200, api.as(reviewer, "POST", "api/reviews/" + proposal + "/approval", "{}").statusCode(),
                "the same approval with the reviewer's credentials in the request goes through");
    }

    @Test
    void anOpenSessionEndsAtItsNextRequestWhenAccessIsTakenAway() throws Exception {
        String disabled = api.createUser("leaver", "PUBLIC", "READER");
        String reset = api.createUser("forgetful", "PUBLIC", "READER");
        String disabledSession = sessionCookie(disabled);
        String resetSession = sessionCookie(reset);
        assertEquals(200, send(request("api/me").header("Cookie", disabledSession)).statusCode());
        assertTrue(send(request("api/me").header("Cookie", resetSession)).body().contains("\"signedIn\":true"));

        assertEquals(200, api.call("PUT", "api/users/" + disabled + "/enabled", "admin", ApiClient.ADMIN_PASSWORD, "{\"enabled\":false}").statusCode());
        assertEquals(204, api.call("PUT", "api/users/" + reset + "/password", "admin", ApiClient.ADMIN_PASSWORD,
                "{\"password\":\"" + ApiClient.TEMPORARY_PASSWORD + "\"}").statusCode());

        HttpResponse<String> ended = send(request("api/me").header("Cookie", disabledSession));
        assertEquals(401, ended.statusCode(), ended.body());
        assertTrue(ended.body().contains("sign in again"), ended.body());
        assertEquals(401, send(request("api/me").header("Cookie", resetSession)).statusCode(), "a reset password ends the session");
        assertFalse(send(request("api/me").header("Cookie", disabledSession)).body().contains("\"signedIn\":true"), "and it stays ended");
        HttpResponse<String> page = send(request("agreements/list.xhtml").header("Cookie", resetSession));
        assertFalse(page.body().contains(reset), "the pages do not know the ended session either");

        HttpResponse<String> forced = api.call("GET", "api/agreements", reset, ApiClient.TEMPORARY_PASSWORD, null);
        assertEquals(403, forced.statusCode(), "a password the administrator set must be replaced first, on the API too");
        assertTrue(ApiClient.json(forced).getString("error").contains("must be changed"), forced.body());
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        String archivist = api.createUser("bulk", "PUBLIC", "ARCHIVIST");
        long start = System.nanoTime();
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean anonymous = i % 2 == 0;
            uploads.add(() -> {
                HttpRequest.Builder post = request("api/agreements").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(50L * 1024 * 1024)));
                if (!anonymous) {
                    post.header("Authorization", basic(archivist, ApiClient.PASSWORD));
                }
                try {
                    return http.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException closedWhileSending) {
                    // The server answers and closes before the whole 50 MB is sent; that is the point.
                    return 413;
                }
            });
        }
        List<Integer> statuses = inParallel(8, uploads);
        for (int i = 0; i < statuses.size(); i++) {
            int expected = i % 2 == 0 ? 401 : 413;
            int status = statuses.get(i);
            assertTrue(status == expected || status == 413, "upload " + i + ": " + status);
        }
        HttpResponse<String> stillThere = api.as(archivist, "GET", "api/agreements", null);
        assertEquals(200, stillThere.statusCode(), "the archive still answers");
        // 400 MB offered; refused from the headers, not after reading them (a 4 MB limit reads at most 4 MB each).
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 60, "refused without reading 400 MB");
    }

    @Test
    void malformedBodiesAnswer400NamingTheField() throws Exception {
        String archivist = api.createUser("careless", "PUBLIC", "ARCHIVIST");
        String valid = newAgreement("Protocol on malformed input " + System.nanoTime(), "2012-03-04");
        for (String list : List.of("parties", "articles", "notes", "sources", "titles", "relations")) {
            String body = Json.createObjectBuilder(object((valid))).add(list, Json.createArrayBuilder().addNull()).build().toString();
            HttpResponse<String> answer = api.as(archivist, "POST", "api/agreements", body);
            assertEquals(400, answer.statusCode(), list + ": " + answer.body());
            assertEquals(list, ApiClient.json(answer).getString("parameter"), answer.body());
        }
        HttpResponse<String> spaceship = api.as(archivist, "POST", "api/agreements", valid.replace("\"PROTOCOL\"", "\"SPACESHIP\""));
        assertEquals(400, spaceship.statusCode());
        assertEquals("kind", ApiClient.json(spaceship).getString("parameter"), spaceship.body());
        assertFalse(spaceship.body().contains("org.treatyarchive"), "no Java names: " + spaceship.body());
        assertTrue(spaceship.body().contains("TREATY"), "the allowed values are listed: " + spaceship.body());

        for (String year : List.of("0000", "2999")) {
            HttpResponse<String> typo = api.as(archivist, "POST", "api/agreements", valid.replace("2012-03-04", year + "-03-04"));
            assertEquals(400, typo.statusCode(), year + ": " + typo.body());
            assertEquals("signed", ApiClient.json(typo).getString("parameter"), typo.body());
        }
        StringBuilder articles = new StringBuilder("[");
        for (int i = 1; i <= 3001; i++) {
            articles.append(i == 1 ? "" : ",").append("{\"number\":\"").append(i).append("\",\"text\":\"x\"}");
        }
        HttpResponse<String> tooMany = api.as(archivist, "POST", "api/agreements",
                valid.substring(0, valid.length() - 1) + ",\"articles\":" + articles + "]}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("articles", ApiClient.json(tooMany).getString("parameter"));

        HttpResponse<String> nul = api.as(archivist, "POST", "api/agreements", valid.replace("Protocol on", "Protocol\\u0000 on"));
        assertEquals(400, nul.statusCode(), "NUL is not stored: " + nul.body());
        HttpResponse<String> notUtf8 = send(request("api/agreements").header("Authorization", basic(archivist, ApiClient.PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        valid.replace("Protocol on", "Protocol \u00e9 on").getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(400, notUtf8.statusCode(), notUtf8.body());
        assertTrue(notUtf8.body().contains("UTF-8"), notUtf8.body());
    }

    @Test
    void historyNeverNamesARecordAboveTheCallersClearance() throws Exception {
        String cleared = api.createUser("cleared", "CONFIDENTIAL", "ARCHIVIST");
        String uncleared = api.createUser("uncleared", "PUBLIC", "ARCHIVIST");
        JsonObject secret = Json.createObjectBuilder(object((newAgreement("Confidential annex " + System.nanoTime(), "2016-08-12"))))
                .add("classification", "CONFIDENTIAL").build();
        String secretReference = ApiClient.json(api.as(cleared, "POST", "api/agreements", secret.toString())).getString("reference");
        JsonObject open = Json.createObjectBuilder(object((newAgreement("Open protocol " + System.nanoTime(), "2016-08-12"))))
                .add("relations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "REFERS_TO")
                        .add("targetReference", secretReference)))
                .build();
        HttpResponse<String> created = api.as(cleared, "POST", "api/agreements", open.toString());
        assertEquals(201, created.statusCode(), created.body());
        String openReference = ApiClient.json(created).getString("reference");

        HttpResponse<String> forCleared = api.as(cleared, "GET", "api/agreements/" + openReference + "/history", null);
        assertTrue(forCleared.body().contains(secretReference), "the cleared archivist sees the relation: " + forCleared.body());
        HttpResponse<String> forUncleared = api.as(uncleared, "GET", "api/agreements/" + openReference + "/history", null);
        assertEquals(200, forUncleared.statusCode(), forUncleared.body());
        assertFalse(forUncleared.body().contains(secretReference), "no history line names the confidential record: " + forUncleared.body());
    }

    @Test
    void answersCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = send(request("agreements/list.xhtml"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), page.headers().map().toString());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(page.headers().firstValue("Permissions-Policy").isPresent());
        String reader = api.createUser("headers", "PUBLIC", "READER");
        HttpResponse<String> signedIn = api.as(reader, "GET", "api/me", null);
        assertEquals("no-store", signedIn.headers().firstValue("Cache-Control").orElse(""), "an authenticated answer is not cached");
        for (String closed : List.of("/metrics", "/metrics?scope=base")) {
            int status = send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(closed))).statusCode();
            assertTrue(status == 401 || status == 403 || status == 404, closed + " is not open to anonymous callers: " + status);
        }
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Bytes of JSON-looking filler without holding them. */
    private static final class Filler extends InputStream {
        private long left;

        Filler(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
