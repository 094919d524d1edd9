package org.treatyarchive.web.health;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatyarchive.web.health.RequestTimingFilter.route;

/** The metrics' routes are few whatever the requests: identifiers, made-up paths and refusals fold into one each. */
class RequestRoutesTest {

    @Test
    void aPageIsItsPathAndAnApiResourceIsItsPathWithoutIdentifiers() {
        assertEquals("/agreements/view.xhtml", route("/agreements/view.xhtml", 200));
        assertEquals("/", route("", 302));
        assertEquals("/api/agreements/{id}/relations", route("/api/agreements/AGR-2018-0001/relations", 200));
        assertEquals("/api/parties/{id}/agreements.csv", route("/api/parties/KZ/agreements.csv", 200));
        assertEquals("/api/agreements/export", route("/api/agreements/export", 200));
        assertEquals("/api/reviews/{id}/approval", route("/api/reviews/4711/approval", 409));
    }

    @Test
    void whatFoundNothingOrWasRefusedIsOneRouteEach() {
        assertEquals("not-found", route("/wp-admin/setup.php", 404));
        assertEquals("not-found", route("/api/agreements/AGR-1900-0001", 404));
        assertEquals("refused", route("/api/users/anything-typed", 403));
        assertEquals("refused", route("/admin/users/list.xhtml", 401));
        assertEquals("static", route("/jakarta.faces.resource/theme.css.xhtml", 200));
    }
}
