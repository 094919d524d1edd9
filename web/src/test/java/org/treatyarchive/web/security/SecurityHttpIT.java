package org.treatyarchive.web.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in and role checks as scripts meet them: HTTP Basic against the JSON API. The first
 * administrator's password comes from ARCHIVE_ADMIN_PASSWORD, which the build sets.
 */
class SecurityHttpIT extends ApiIT {

    static final String ADMIN_PASSWORD = ApiClient.ADMIN_PASSWORD;

    private HttpResponse<String> call(String method, String path, String user, String password, String json) throws Exception {
        return api.call(method, path, user, password, json);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    /** A user with the role whose password is {@code ApiClient.PASSWORD}, already replaced as the archive asks. */
    private String createUser(String role) throws Exception {
        if (api == null) {
            api = new ApiClient(base);
        }
        return api.createUser(role.toLowerCase(), "PUBLIC", role);
    }

    private List<JsonObject> securityLog() throws Exception {
        return json(call("GET", "api/security-log", "admin", ADMIN_PASSWORD, null)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        assertFalse(json(call("GET", "api/me", null, null, null)).getBoolean("signedIn"));
        HttpResponse<String> users = call("GET", "api/users", null, null, null);
        assertEquals(401, users.statusCode());
        assertTrue(users.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPassword() throws Exception {
        JsonObject me = json(call("GET", "api/me", "admin", ADMIN_PASSWORD, null));
        assertEquals("admin", me.getString("username"));
        assertEquals(List.of("ADMINISTRATOR"), me.getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertEquals(401, call("GET", "api/me", "admin", "not the password", null).statusCode());
    }

    @Test
    void aReaderIsRefusedAdministrationByEveryRouteAndTheAttemptIsLogged() throws Exception {
        String reader = createUser("READER");
        assertEquals(List.of("READER"), json(call("GET", "api/me", reader, "a long enough password", null)).getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        assertEquals(403, call("GET", "api/users", reader, "a long enough password", null).statusCode());
        String forged = "forged" + System.nanoTime();
        HttpResponse<String> forgedCreate = call("POST", "api/users", reader, "a long enough password",
                "{\"username\":\"" + forged + "\",\"displayName\":\"Forged\",\"roles\":[\"ADMINISTRATOR\"],\"password\":\"a long enough password\"}");
        assertEquals(403, forgedCreate.statusCode(), forgedCreate.body());

        String everyone = call("GET", "api/users", "admin", ADMIN_PASSWORD, null).body();
        assertFalse(everyone.contains(forged), "the forged request created nothing");
        assertTrue(securityLog().stream().anyMatch(event -> event.getString("type").equals("ACCESS_DENIED")
                && event.getString("actor").equals(reader) && event.getString("detail").contains("createUser")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLogKeepsNoPassword() throws Exception {
        String archivist = createUser("ARCHIVIST");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, call("GET", "api/me", archivist, "wrong password " + attempt, null).statusCode());
        }
        HttpResponse<String> right = call("GET", "api/me", archivist, "a long enough password", null);
        assertEquals(401, right.statusCode(), "locked: even the right password is refused");
        assertFalse(right.body().contains("locked"), "the answer does not tell a stranger the account exists");

        List<JsonObject> log = securityLog();
        assertTrue(log.stream().anyMatch(event -> event.getString("type").equals("ACCOUNT_LOCKED") && event.getString("target").equals(archivist)));
        assertTrue(log.stream().noneMatch(event -> event.toString().contains("wrong password 3")), "no password in the log");
    }

    @Test
    void aTooShortPasswordIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> refused = call("POST", "api/users", "admin", ADMIN_PASSWORD,
                "{\"username\":\"short" + System.nanoTime() + "\",\"displayName\":\"Short\",\"roles\":[\"READER\"],\"password\":\"short\"}");
        assertEquals(400, refused.statusCode());
        assertEquals("password", json(refused).getString("parameter"));
    }

    @Test
    void onlyAdministratorsMayCreateUsersWhateverTheirOtherRoles() throws Exception {
        for (String role : new String[]{"READER", "ARCHIVIST", "REVIEWER"}) {
            String user = createUser(role);
            String attempt = "attempt" + System.nanoTime();
            HttpResponse<String> refused = call("POST", "api/users", user, "a long enough password",
                    "{\"username\":\"" + attempt + "\",\"displayName\":\"Attempt\",\"roles\":[\"READER\"],\"password\":\"a long enough password\"}");
            assertEquals(403, refused.statusCode(), role + ": " + refused.body());
            assertFalse(call("GET", "api/users", "admin", ADMIN_PASSWORD, null).body().contains(attempt), role + " created nothing");
        }
        assertTrue(createUser("ADMINISTRATOR").startsWith("administrator"), "an administrator may");
    }

    @Test
    void theAdministrationPagesAreClosedToOtherRoles() throws Exception {
        String reader = createUser("READER");
        for (String page : new String[]{"admin/users/list.xhtml", "admin/users/create.xhtml", "admin/security-log.xhtml"}) {
            assertEquals(403, call("GET", page, reader, "a long enough password", null).statusCode(), page);
            assertEquals(403, call("POST", page, reader, "a long enough password", "{}").statusCode(), "a forged post to " + page);
            assertEquals(200, call("GET", page, "admin", ADMIN_PASSWORD, null).statusCode(), page);
        }
        assertTrue(securityLog().stream().anyMatch(event -> event.getString("type").equals("ACCESS_DENIED")
                && event.getString("actor").equals(reader) && event.getString("detail").contains("/admin/users/create.xhtml")),
                "the refused page is in the security log");
    }
}
