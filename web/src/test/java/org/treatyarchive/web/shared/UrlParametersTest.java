package org.treatyarchive.web.shared;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the pages whose state is in their address read and write it. */
class UrlParametersTest {

    @Test
    void aQueryStringNamesOnlyWhatHasAValueInTheOrderGivenAndEncodesIt() {
        Map<String, String> values = new HashMap<>();
        values.put("party", "TM");
        values.put("q", " Caspian Sea & shelf ");
        values.put("kind", " ");
        values.put("status", null);

        assertEquals("q=Caspian+Sea+%26+shelf&party=TM", UrlParameters.queryString(List.of("q", "kind", "status", "party"), values));
        assertEquals("party=TM", UrlParameters.queryString(List.of("party", "decade"), values),
                "a value not named is left out, whatever the map holds");
        assertEquals("", UrlParameters.queryString(List.of("kind", "status"), values));
    }

    @Test
    void aWrongNumberIsRefusedNamingTheParameter() {
        BadParameterException refused = assertThrows(BadParameterException.class, () -> UrlParameters.page("0"));
        assertEquals("page", refused.parameter());
        assertEquals(20, UrlParameters.size(null, 20));
    }
}
