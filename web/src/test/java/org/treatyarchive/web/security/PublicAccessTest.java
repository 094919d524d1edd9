package org.treatyarchive.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicAccessTest {

    @Test
    void withPublicAccessNothingPublicNeedsSignIn() {
        assertFalse(PublicAccess.requiresSignIn("/agreements/list.xhtml", true));
        assertFalse(PublicAccess.requiresSignIn("/api/agreements", true));
    }

    @Test
    void withoutPublicAccessEverythingButSigningInItselfNeedsSignIn() {
        assertTrue(PublicAccess.requiresSignIn("/agreements/list.xhtml", false));
        assertTrue(PublicAccess.requiresSignIn("/api/agreements", false));
        assertTrue(PublicAccess.requiresSignIn("/", false));
        assertFalse(PublicAccess.requiresSignIn("/account/login.xhtml", false));
        assertFalse(PublicAccess.requiresSignIn("/jakarta.faces.resource/theme.css.xhtml", false));
        assertFalse(PublicAccess.requiresSignIn("/resources/css/archive.css", false));
    }
}
