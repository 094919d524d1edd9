package org.treatyarchive.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementFormat;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementNotFoundException;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.user.PasswordHasher;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.UserAccount;
import org.treatyarchive.user.UserRepository;
import org.treatyarchive.web.ArchiveDeployment;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restricted record is invisible to readers without clearance: in the list, the counts, the
 * detail URL (404, as if it did not exist) and the API; a user cleared for it sees it. The first
 * test, in the container, files the record and the two users; the others ask over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassificationIT {

    static final String TITLE = "Restricted test agreement on classification";
    static final String PASSWORD = "a long enough password";
    static final String READER = "public.reader";
    static final String CLEARED = "restricted.reader";

    @Deployment
    static WebArchive deployment() {
        return ArchiveDeployment.builtWar(ClassificationIT.class, ArchiveDeployment.class);
    }

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementCatalog catalog;

    @Inject
    PartyRepository parties;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aRestrictedRecordIsHiddenFromAReaderWithoutClearance() throws Exception {
        transaction.begin();
        Agreement restricted = new Agreement(agreements.nextReference(1999), TITLE, AgreementKind.AGREEMENT,
                AgreementFormat.BILATERAL, HistoricalDate.ofYear(1999));
        restricted.parties().add(parties.findByCode("KZ").orElseThrow());
        restricted.parties().add(parties.findByCode("RU").orElseThrow());
        restricted.classify(Classification.RESTRICTED);
        // Published, as if approved: what this test is about is the classification alone.
        restricted.publish();
        agreements.add(restricted);
        UserAccount reader = new UserAccount(READER, "Public reader", hasher.hash(PASSWORD.toCharArray()));
        // As if each had replaced the password an administrator set, which the API asks for first.
        reader.changePassword(hasher.hash(PASSWORD.toCharArray()));
        reader.grant(Role.READER);
        users.add(reader);
        UserAccount cleared = new UserAccount(CLEARED, "Cleared reader", hasher.hash(PASSWORD.toCharArray()));
        cleared.changePassword(hasher.hash(PASSWORD.toCharArray()));
        cleared.grant(Role.READER);
        cleared.clearFor(Classification.RESTRICTED);
        users.add(cleared);
        transaction.commit();

        // In here nobody is signed in: public clearance.
        assertEquals(19, catalog.count(SearchQuery.ALL), "the count does not betray the record");
        assertEquals(0, catalog.count(SearchQuery.words("classification")));
        assertThrows(AgreementNotFoundException.class, () -> catalog.getByReference(restricted.getReference()));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void readersWithoutClearanceMeetNothingByAnyRoute() throws Exception {
        for (String user : new String[]{null, READER}) {
            JsonObject list = json(get("api/agreements?q=classification", user));
            assertEquals(0, list.getInt("total"), "as " + user);
            assertEquals(19, json(get("api/agreements", user)).getInt("total"), "as " + user);
            assertEquals(404, get("api/agreements/AGR-1999-0001", user).statusCode(), "as " + user);
            assertEquals(404, get("agreements/view.xhtml?ref=AGR-1999-0001", user).statusCode(), "as " + user);
            assertFalse(get("api/parties/KZ/agreements?other=RU&size=200", user).body().contains("AGR-1999-0001"), "the party's list, as " + user);
            HttpResponse<String> partyPage = get("parties/view.xhtml?code=KZ&other=RU", user);
            assertEquals(200, partyPage.statusCode(), "as " + user);
            assertFalse(partyPage.body().contains(TITLE), "the party's page, as " + user);
        }
        assertFalse(get("agreements/list.xhtml", null).body().contains(TITLE));
    }

    @Test
    @Order(3)
    @RunAsClient
    void aClearedReaderSeesTheRecord() throws Exception {
        JsonObject list = json(get("api/agreements?q=classification", CLEARED));
        assertEquals(1, list.getInt("total"));
        assertEquals(20, json(get("api/agreements", CLEARED)).getInt("total"));
        HttpResponse<String> record = get("api/agreements/AGR-1999-0001", CLEARED);
        assertEquals(200, record.statusCode());
        assertEquals("RESTRICTED", json(record).getString("classification"));
        assertTrue(get("agreements/view.xhtml?ref=AGR-1999-0001", CLEARED).body().contains(TITLE));
        assertTrue(get("api/parties/KZ/agreements?other=RU&size=200", CLEARED).body().contains("AGR-1999-0001"), "on the party's list too");
    }
}
