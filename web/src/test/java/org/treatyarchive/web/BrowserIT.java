package org.treatyarchive.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.HashMap;
import java.util.Map;

/**
 * The base of the tests that use the archive as people do, in a real headless Chromium: one browser
 * for the class (a test opens more when two people work at once), and signing in as they do, the
 * first time replacing the password the administrator chose where the archive asks for that.
 */
public abstract class BrowserIT extends ApiIT {

    /** What a user types when the archive asks them to replace the administrator's password. */
    protected static final String OWN_PASSWORD = "a tester's own passphrase";

    protected static Browser browser;

    private final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Signs in in the given browser, with the user's password as it stands now. */
    protected void signIn(Browser in, String username) {
        passwords.put(username, in.signIn(base.toString(), username, passwordOf(username), OWN_PASSWORD));
    }

    /** The user's password now: the first sign-in may have replaced the one the administrator chose. */
    protected String passwordOf(String username) {
        return passwords.getOrDefault(username, ApiClient.PASSWORD);
    }
}
