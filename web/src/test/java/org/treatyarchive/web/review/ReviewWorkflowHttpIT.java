package org.treatyarchive.web.review;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatyarchive.web.ApiClient;
import org.treatyarchive.web.ApiIT;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Four eyes and the revision history over HTTP, on the embedded database and on MariaDB: a record
 * reaches readers only after someone other than its authors approves it, a published record keeps
 * its published content while a change is in review, and the history of the Aktau Convention shows
 * the starter loader's creation, every later change, and a restored revision going through review.
 * New records here are confidential and read by a reader cleared for them, so the public and restricted counts other tests check do not move
 * (the one public record, for harvesting, ends withdrawn). Harvesting (OAI-PMH) is here because what it must show is the end of review:
 * published records, and withdrawn ones as deleted.
 */
class ReviewWorkflowHttpIT extends ApiIT {

    private static final String AKTAU = "AGR-2018-0001";

    private final HttpClient http = HttpClient.newHttpClient();

    private String archivist;
    private String reviewer;
    private String reader;

    @BeforeEach
    void setUp() throws Exception {
        archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        reviewer = api.createUser("reviewer", "CONFIDENTIAL", "REVIEWER");
        reader = api.createUser("reader", "CONFIDENTIAL", "READER");
    }

    private static JsonObjectBuilder party(String code) {
        return Json.createObjectBuilder().add("code", code);
    }

    private HttpResponse<String> post(String user, String path, String comment) throws Exception {
        return api.as(user, "POST", path, comment == null ? "{}" : Json.createObjectBuilder().add("comment", comment).build().toString());
    }

    private long openProposal(String reference) throws Exception {
        return json(api.as(archivist, "GET", "api/agreements/" + reference + "/review", null)).getJsonNumber("openProposal").longValue();
    }

    /** The references of the feed's entries, in its order, read as a feed reader reads them (Atom, namespaces). */
    private List<String> feedReferences(String user, String query) throws Exception {
        HttpResponse<String> answer = user == null ? api.call("GET", "feeds/published.atom" + query, null, null, null)
                : api.as(user, "GET", "feeds/published.atom" + query, null);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.body())));
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        NodeList titles = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            Element entry = (Element) titles.item(i);
            assertEquals(1, entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").getLength(), "Atom: every entry updated");
            references.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent().split(" ")[0]);
        }
        return references;
    }

    private long readerTotal(String query) throws Exception {
        return json(api.as(reader, "GET", "api/agreements?q=" + query, null)).getJsonNumber("total").longValue();
    }

    @Test
    void aRecordEnteredByOneArchivistReachesReadersOnlyAfterAnotherPersonApprovesIt() throws Exception {
        String title = "Caspian seal census protocol " + System.nanoTime();
        JsonObject draft = Json.createObjectBuilder()
                .add("officialTitle", title).add("kind", "PROTOCOL").add("format", "BILATERAL")
                .add("signed", "2021-06-04").add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(party("KZ")))
                .build();
        HttpResponse<String> created = api.as(archivist, "POST", "api/agreements", draft.toString());
        assertEquals(201, created.statusCode(), "a draft may be incomplete: " + created.body());
        String reference = json(created).getString("reference");
        String query = title.replace(' ', '+');

        assertEquals(404, api.as(reader, "GET", "api/agreements/" + reference, null).statusCode(), "a draft does not exist for readers");
        assertEquals(0, readerTotal(query));
        assertFalse(feedReferences(archivist, "").contains(reference), "a draft is in nobody's feed, not even its archivist's");
        JsonObject staffView = json(api.as(archivist, "GET", "api/agreements/" + reference, null));
        assertEquals("UNPUBLISHED", staffView.getString("publication"), "the staff see the draft, marked");

        HttpResponse<String> incomplete = post(archivist, "api/agreements/" + reference + "/submission", null);
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertEquals("A bilateral agreement has exactly two parties; this one has 1.", json(incomplete).getString("error"));
        assertEquals("participations", json(incomplete).getString("parameter"));

        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        JsonObject completed = Json.createObjectBuilder(form)
                .add("parties", Json.createArrayBuilder().add(party("KZ")).add(party("RU"))).build();
        assertEquals(200, api.as(archivist, "PUT", "api/agreements/" + reference, completed.toString()).statusCode());
        HttpResponse<String> submitted = post(archivist, "api/agreements/" + reference + "/submission", "Entered from the signed copy.");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("IN_REVIEW", json(submitted).getString("openState"));

        JsonObject again = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        HttpResponse<String> whileInReview = api.as(archivist, "PUT", "api/agreements/" + reference,
                Json.createObjectBuilder(again).add("shortTitle", "Seal census").build().toString());
        assertEquals(409, whileInReview.statusCode(), "work in review is not changed under the reviewer's eyes");
        assertTrue(json(whileInReview).getString("error").contains("is waiting for review"), whileInReview.body());

        long proposal = openProposal(reference);
        JsonArray queue = json(api.as(reviewer, "GET", "api/reviews?size=100", null)).getJsonArray("items");
        assertTrue(queue.stream().anyMatch(item -> item.asJsonObject().getJsonNumber("id").longValue() == proposal), queue.toString());

        // Four eyes, against forged requests: an archivist is refused by role, and a reviewer who
        // also wrote the work (here: submitted a correction of it) is refused as its author.
        assertEquals(403, post(archivist, "api/reviews/" + proposal + "/approval", null).statusCode());
        HttpResponse<String> noComment = post(reviewer, "api/reviews/" + proposal + "/return", " ");
        assertEquals(400, noComment.statusCode(), "returning needs a comment");
        assertEquals("comment", json(noComment).getString("parameter"));
        assertEquals(200, post(reviewer, "api/reviews/" + proposal + "/return", "The second party is Turkmenistan, not Russia.").statusCode());
        JsonObject returned = json(api.as(archivist, "GET", "api/agreements/" + reference + "/review", null));
        assertTrue(returned.getBoolean("returned"));
        assertEquals("The second party is Turkmenistan, not Russia.", returned.getString("returnComment"));
        assertEquals(404, api.as(reader, "GET", "api/agreements/" + reference, null).statusCode(), "still invisible to readers");

        String both = api.createUser("archrev", "CONFIDENTIAL", "ARCHIVIST", "REVIEWER");
        JsonObject toFix = json(api.as(both, "GET", "api/agreements/" + reference + "/form", null));
        JsonObject fixed = Json.createObjectBuilder(toFix)
                .add("parties", Json.createArrayBuilder().add(party("KZ")).add(party("TM"))).build();
        assertEquals(200, api.as(both, "PUT", "api/agreements/" + reference, fixed.toString()).statusCode());
        assertEquals(200, post(both, "api/agreements/" + reference + "/submission", "Corrected the second party.").statusCode());
        HttpResponse<String> ownApproval = post(both, "api/reviews/" + proposal + "/approval", null);
        assertEquals(403, ownApproval.statusCode(), ownApproval.body());
        assertEquals("You cannot approve the new record " + reference + ": you entered, changed or submitted it yourself. "
                + "Another reviewer must check it (four eyes).", json(ownApproval).getString("error"));
        assertEquals(404, api.as(reader, "GET", "api/agreements/" + reference, null).statusCode());
        JsonArray log = json(api.call("GET", "api/security-log?size=50", "admin", ApiClient.ADMIN_PASSWORD, null)).getJsonArray("items");
        assertTrue(log.stream().map(JsonObject.class::cast).anyMatch(event -> both.equals(event.getString("actor"))
                        && "ACCESS_DENIED".equals(event.getString("type")) && reference.equals(event.getString("target", null))),
                "the forged approval is in the security log: " + log);

        // The figures are counted once per change of the archive: read them just before the approval changes it.
        long turkmenistanBefore = json(api.as(reader, "GET", "api/parties/TM", null)).getJsonObject("own").getJsonNumber("total").longValue();
        long archiveBefore = json(api.as(reader, "GET", "api/statistics", null)).getJsonNumber("total").longValue();
        HttpResponse<String> approved = post(reviewer, "api/reviews/" + proposal + "/approval", "Checked against the signed copy.");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(turkmenistanBefore + 1, json(api.as(reader, "GET", "api/parties/TM", null)).getJsonObject("own").getJsonNumber("total").longValue(),
                "the party's figures count the approved record at once");
        assertEquals(archiveBefore + 1, json(api.as(reader, "GET", "api/statistics", null)).getJsonNumber("total").longValue(),
                "so do the archive's");
        JsonObject published = json(api.as(reader, "GET", "api/agreements/" + reference, null));
        assertEquals("PUBLISHED", published.getString("publication"));
        assertEquals(List.of("KZ", "TM"), published.getJsonArray("parties").stream()
                .map(party -> party.asJsonObject().getString("code")).sorted().toList());
        assertEquals(1, readerTotal(query));
        List<String> feed = feedReferences(reader, "");
        assertEquals(reference, feed.get(0), "the newest publication heads the feed: " + feed);
        assertEquals(reference, feedReferences(reader, "?party=TM").get(0));
        assertFalse(feedReferences(reader, "?party=AZ").contains(reference), "narrowed by party");
        assertFalse(feedReferences(null, "").contains(reference), "a confidential record is not in the public feed");
        JsonArray steps = json(api.as(archivist, "GET", "api/agreements/" + reference + "/review", null)).getJsonArray("steps");
        assertEquals(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"),
                steps.stream().map(step -> step.asJsonObject().getString("action")).toList(), "the comment history of the record");
        assertEquals(409, post(reviewer, "api/reviews/" + proposal + "/approval", null).statusCode(), "approved once only");
    }

    @Test
    void aChangeStaysOutOfSightUntilApprovedAndTheHistoryShowsEveryChangeAndARestore() throws Exception {
        JsonObject published = json(api.call("GET", "api/agreements/" + AKTAU, null, null, null));
        String summary = published.getString("summary");
        String changed = summary + " Revised in review " + System.nanoTime() + ".";

        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + AKTAU + "/form", null));
        HttpResponse<String> saved = api.as(archivist, "PUT", "api/agreements/" + AKTAU,
                Json.createObjectBuilder(form).add("summary", changed).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(changed, json(saved).getString("summary"), "the archivist's form holds the draft change");
        assertEquals(summary, json(api.call("GET", "api/agreements/" + AKTAU, null, null, null)).getString("summary"),
                "readers still see the published text");

        assertEquals(200, post(archivist, "api/agreements/" + AKTAU + "/submission", null).statusCode());
        long proposal = openProposal(AKTAU);
        JsonObject review = json(api.as(reviewer, "GET", "api/reviews/" + proposal, null));
        assertEquals(List.of("Summary"), review.getJsonArray("changes").stream()
                .map(line -> line.asJsonObject().getString("field")).toList(), "the reviewer sees exactly what changed");
        assertEquals(summary, json(api.call("GET", "api/agreements/" + AKTAU, null, null, null)).getString("summary"),
                "and readers still see the published text while it is in review");
        assertEquals(200, post(reviewer, "api/reviews/" + proposal + "/approval", null).statusCode());
        assertEquals(changed, json(api.call("GET", "api/agreements/" + AKTAU, null, null, null)).getString("summary"));

        JsonArray history = ApiClient.array(api.as(archivist, "GET", "api/agreements/" + AKTAU + "/history", null));
        JsonObject newest = history.getJsonObject(0);
        assertEquals("CHANGED", newest.getString("change"));
        assertEquals(archivist, newest.getString("savedBy"), "the change is the archivist's");
        assertEquals(reviewer, newest.getString("committedBy"), "applied by the reviewer's approval");
        assertEquals(List.of("Summary"), newest.getJsonArray("changes").stream().map(line -> line.asJsonObject().getString("field")).toList());
        JsonObject creation = history.getJsonObject(history.size() - 1);
        assertEquals("CREATED", creation.getString("change"));
        assertEquals("starter-collection", creation.getString("savedBy"), "the history starts with the starter loader");
        assertFalse(creation.getJsonArray("changes").isEmpty());

        long before = history.getJsonObject(1).getJsonNumber("revision").longValue();
        HttpResponse<String> restored = api.as(archivist, "POST", "api/agreements/" + AKTAU + "/history/" + before + "/restore", null);
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(summary, json(restored).getString("summary"), "the draft holds the old revision");
        assertEquals(changed, json(api.call("GET", "api/agreements/" + AKTAU, null, null, null)).getString("summary"),
                "a restore is a draft like any change: readers see the approved text");
        assertEquals(200, post(archivist, "api/agreements/" + AKTAU + "/submission", "Restoring the text before the test's change.").statusCode());
        long restore = openProposal(AKTAU);
        assertEquals(before, json(api.as(reviewer, "GET", "api/reviews/" + restore, null)).getJsonNumber("restoredFrom").longValue());
        assertEquals(200, post(reviewer, "api/reviews/" + restore + "/approval", null).statusCode());
        assertEquals(summary, json(api.call("GET", "api/agreements/" + AKTAU, null, null, null)).getString("summary"));
        JsonArray after = ApiClient.array(api.as(archivist, "GET", "api/agreements/" + AKTAU + "/history", null));
        assertEquals(history.size() + 1, after.size(), "the restore is one more revision, not a rewrite of the history");
    }

    @Test
    void readersAndReviewersCannotSeeTheHistoryOrSubmitAndWithdrawalIsReviewedToo() throws Exception {
        assertEquals(403, api.as(reader, "GET", "api/agreements/" + AKTAU + "/history", null).statusCode());
        assertEquals(401, api.call("GET", "api/agreements/" + AKTAU + "/history", null, null, null).statusCode());
        assertEquals(403, post(reviewer, "api/agreements/" + AKTAU + "/submission", null).statusCode());

        JsonObject draft = Json.createObjectBuilder()
                .add("officialTitle", "Exchange of notes on a buoy " + System.nanoTime()).add("kind", "EXCHANGE_OF_NOTES")
                .add("format", "BILATERAL").add("signed", "2019").add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(party("AZ")).add(party("IR"))).build();
        String reference = json(api.as(archivist, "POST", "api/agreements", draft.toString())).getString("reference");
        assertEquals(409, post(archivist, "api/agreements/" + reference + "/withdrawal", "Duplicate.").statusCode(),
                "an unpublished record has nothing to withdraw");
        post(archivist, "api/agreements/" + reference + "/submission", null);
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());

        HttpResponse<String> noReason = post(archivist, "api/agreements/" + reference + "/withdrawal", null);
        assertEquals(400, noReason.statusCode(), "a withdrawal says why");
        assertEquals(200, post(archivist, "api/agreements/" + reference + "/withdrawal", "Entered twice.").statusCode());
        assertEquals(200, api.as(reader, "GET", "api/agreements/" + reference, null).statusCode(), "visible until the withdrawal is approved");
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());
        assertEquals(404, api.as(reader, "GET", "api/agreements/" + reference, null).statusCode(), "withdrawn: gone for readers");
        assertEquals("WITHDRAWN", json(api.as(archivist, "GET", "api/agreements/" + reference, null)).getString("publication"),
                "kept, marked, for the staff");
    }

    /** An anonymous GET, with the validators a cache sends back when asked. */
    private HttpResponse<String> anonymous(String path, String ifNoneMatch, String ifModifiedSince) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /**
     * What a cache keeps of an anonymous reader's record is never what the reader gets once the
     * record changed: any cache may keep it (the API, the record page and the party page public, validated each time),
     * the archive keeps the rendered record and party pages itself, an unchanged record answers 304 without its body, an approved change
     * is the next answer at once, a withdrawn or classified record answers 404 at once whatever a cache holds, and staff
     * answers are never kept at all nor taken from what was kept for readers.
     */
    @Test
    void aCachedRecordIsValidatedEachTimeAndNeverOutlivesAChange() throws Exception {
        String reference = publishedPublicRecord("Protocol on a tide gauge " + System.nanoTime());
        String record = "api/agreements/" + reference;

        HttpResponse<String> first = anonymous(record, null, null);
        assertEquals(200, first.statusCode());
        String tag = header(first, "ETag");
        assertTrue(tag != null && tag.startsWith("W/\""), first.headers().toString());
        assertEquals("public, no-cache", header(first, "Cache-Control"), "kept by any cache, but asked each time");
        assertTrue(header(first, "Vary").contains("Accept-Language"), first.headers().toString());
        HttpResponse<String> unchanged = anonymous(record, tag, null);
        assertEquals(304, unchanged.statusCode());
        assertTrue(unchanged.body().isEmpty(), "a 304 carries no body");
        assertEquals(304, anonymous(record, null, header(first, "Last-Modified")).statusCode(), "If-Modified-Since alone");
        long apiHits = pageCacheHits();
        assertEquals(first.body(), anonymous(record, null, null).body());
        assertEquals(apiHits + 1, pageCacheHits(), "the record's JSON is kept too");

        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "a shared cache must never pass one reader's cookie on: "
                + first.headers().allValues("Set-Cookie"));
        String pagePath = "agreements/view.xhtml?ref=" + reference;
        HttpResponse<String> page = anonymous(pagePath, null, null);
        assertEquals(200, page.statusCode());
        assertEquals("public, no-cache", header(page, "Cache-Control"), "the record page holds nothing of one reader's");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for reading a record: " + page.headers().allValues("Set-Cookie"));
        assertTrue(page.body().contains("First text."));
        long hits = pageCacheHits();
        HttpResponse<String> again = anonymous(pagePath, null, null);
        assertEquals(hits + 1, pageCacheHits(), "the second reader is served the page rendered for the first");
        assertEquals(page.body(), again.body());
        HttpResponse<String> otherBrowser = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(pagePath))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(hits + 2, pageCacheHits(), "a browser sending another Accept is served the same kept page");
        assertEquals(page.body(), otherBrowser.body());
        // A reader who opened the sign-in page has a session (its form keeps state): the record page is theirs as well.
        List<String> session = anonymous("account/login.xhtml", null, null).headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        assertFalse(session.isEmpty(), "the sign-in page opens a session");
        HttpResponse<String> withSession = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(pagePath))
                .header("Cookie", String.join("; ", session)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("public, no-cache", header(withSession, "Cache-Control"));
        assertEquals(hits + 3, pageCacheHits(), "served as kept to a reader with a session too");
        assertEquals(page.body(), withSession.body());
        assertEquals(304, anonymous(pagePath, header(page, "ETag"), null).statusCode());
        // The party page keeps nothing between requests either: its forms carry the filters back.
        String partyPath = "parties/view.xhtml?code=KZ&other=AZ&decade=2020";
        HttpResponse<String> party = anonymous(partyPath, null, null);
        assertEquals("public, no-cache", header(party, "Cache-Control"), "the party page holds nothing of one reader's");
        assertTrue(party.headers().allValues("Set-Cookie").isEmpty(), "no session for a party's page: " + party.headers().allValues("Set-Cookie"));
        assertTrue(party.body().contains(reference), "the record is among the party's agreements");
        hits = pageCacheHits();
        assertEquals(party.body(), anonymous(partyPath, null, null).body());
        assertEquals(hits + 1, pageCacheHits(), "the party page is kept for the next reader");
        // Its table pages by posting its form back, the filters carried in the form: still no session, the same rows.
        HttpResponse<String> paged = api.tablePage("parties/view.xhtml", "results:agreements", "code=KZ&other=AZ&decade=2020");
        assertEquals(200, paged.statusCode());
        assertTrue(paged.body().contains(reference) && !paged.body().contains("<error>"), paged.body());
        assertTrue(paged.headers().allValues("Set-Cookie").isEmpty(), "paging opens no session: " + paged.headers().allValues("Set-Cookie"));
        HttpResponse<String> staffParty = api.as(archivist, "GET", partyPath, null);
        assertEquals(200, staffParty.statusCode());
        assertEquals("no-store", header(staffParty, "Cache-Control"), "a member of staff's party page is never kept");

        HttpResponse<String> staff = api.as(archivist, "GET", record, null);
        assertEquals("no-store", header(staff, "Cache-Control"), "nothing a member of staff reads is kept");
        assertEquals(null, header(staff, "ETag"));
        HttpResponse<String> staffPage = api.as(archivist, "GET", pagePath, null);
        assertEquals("no-store", header(staffPage, "Cache-Control"));
        assertEquals(null, header(staffPage, "ETag"));
        assertTrue(staffPage.body().contains("id=\"workflow\""), "the staff's own page, not the one kept for readers");

        JsonObject form = json(api.as(archivist, "GET", record + "/form", null));
        assertEquals(200, api.as(archivist, "PUT", record, Json.createObjectBuilder(form).add("summary", "Corrected text.").build().toString()).statusCode());
        post(archivist, record + "/submission", null);
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());
        HttpResponse<String> corrected = anonymous(record, tag, null);
        assertEquals(200, corrected.statusCode(), "the approved change is the next answer, whatever the cache holds");
        assertEquals("Corrected text.", json(corrected).getString("summary"));
        assertFalse(tag.equals(header(corrected, "ETag")));
        HttpResponse<String> correctedPage = anonymous(pagePath, null, null);
        assertTrue(correctedPage.body().contains("Corrected text.") && !correctedPage.body().contains("First text."),
                "the approved change is the next page, though the page before it was kept");

        assertEquals(200, post(archivist, record + "/withdrawal", "Entered twice.").statusCode());
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());
        assertEquals(404, anonymous(record, header(corrected, "ETag"), null).statusCode(), "withdrawn: gone at once, cached or not");
        assertEquals(404, anonymous(record, null, null).statusCode(), "the kept JSON is not served");
        assertEquals(404, anonymous(pagePath, header(page, "ETag"), null).statusCode());
        assertEquals(404, anonymous(pagePath, null, null).statusCode(), "the kept page is not served");
        assertFalse(anonymous(partyPath, null, null).body().contains(reference), "nor the party page that listed it");

        String classified = publishedPublicRecord("Protocol on a second tide gauge " + System.nanoTime());
        String classifiedPage = "agreements/view.xhtml?ref=" + classified;
        assertEquals(200, anonymous(classifiedPage, null, null).statusCode());
        hits = pageCacheHits();
        assertEquals(200, anonymous(classifiedPage, null, null).statusCode());
        assertEquals(hits + 1, pageCacheHits(), "kept");
        reclassifyAsConfidential(classified);
        assertEquals(404, anonymous(classifiedPage, null, null).statusCode(), "classified: gone for the public at once, though kept");
    }

    /**
     * A search of the API is read from the index, which follows a commit a moment later: it carries no
     * validator and is not kept while the newest change is that fresh, then is kept (the list and search pages too), and the next change
     * (a reclassification) is the next answer at once, not the kept one.
     */
    @Test
    void aSearchIsKeptOnlyOnceTheIndexHoldsTheNewestChange() throws Exception {
        String word = "hydrograph" + System.nanoTime();
        String reference = publishedPublicRecord("Protocol on a " + word);
        long approved = System.nanoTime();
        String search = "api/agreements?q=" + word;
        HttpResponse<String> fresh = anonymous(search, null, null);
        assertEquals(200, fresh.statusCode());
        assertTrue(fresh.body().contains(reference), fresh.body());
        if (System.nanoTime() - approved < 4_000_000_000L) {
            assertEquals(null, header(fresh, "ETag"), "the index may not hold a change made a moment ago: nothing to validate or keep");
        }
        HttpResponse<String> settled = fresh;
        for (int attempt = 0; attempt < 40 && header(settled, "ETag") == null; attempt++) {
            Thread.sleep(500);
            settled = anonymous(search, null, null);
        }
        assertEquals("public, no-cache", header(settled, "Cache-Control"), "validated once the index has caught up: " + settled.headers());
        long hits = pageCacheHits();
        HttpResponse<String> kept = anonymous(search, null, null);
        assertEquals(hits + 1, pageCacheHits(), "the next reader of the same search is served it as made");
        assertEquals(settled.body(), kept.body());
        assertEquals(304, anonymous(search, header(settled, "ETag"), null).statusCode());
        // The list and search pages read the index too, and keep no session for a reader: kept the same way.
        List<String> pages = List.of("agreements/list.xhtml?q=" + word, "agreements/search.xhtml?q=" + word);
        for (String page : pages) {
            HttpResponse<String> shown = anonymous(page, null, null);
            assertEquals("public, no-cache", header(shown, "Cache-Control"), page + ": " + shown.headers());
            assertTrue(shown.headers().allValues("Set-Cookie").isEmpty(), "no session for " + page + ": " + shown.headers().allValues("Set-Cookie"));
            assertTrue(shown.body().contains(reference), page);
            hits = pageCacheHits();
            assertEquals(shown.body(), anonymous(page, null, null).body());
            assertEquals(hits + 1, pageCacheHits(), page + " is kept for the next reader");
        }

        // Reclassified rather than withdrawn: the harvesting test counts the withdrawn records it made.
        reclassifyAsConfidential(reference);
        HttpResponse<String> afterChange = anonymous(search, header(settled, "ETag"), null);
        assertEquals(200, afterChange.statusCode(), "the old validator no longer holds");
        assertFalse(afterChange.body().contains(reference), "classified: not found by the public, whatever was kept: " + afterChange.body());
        for (String page : pages) {
            assertFalse(anonymous(page, null, null).body().contains(reference), "nor listed or found: " + page);
        }
    }

    /** A published record made confidential through review: gone for the public. */
    private void reclassifyAsConfidential(String reference) throws Exception {
        JsonObject form = json(api.as(archivist, "GET", "api/agreements/" + reference + "/form", null));
        assertEquals(200, api.as(archivist, "PUT", "api/agreements/" + reference,
                Json.createObjectBuilder(form).add("classification", "CONFIDENTIAL").build().toString()).statusCode());
        post(archivist, "api/agreements/" + reference + "/submission", null);
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());
    }

    /** A public record through review, as readers see it; it ends withdrawn or classified, so the public counts other tests check do not move. */
    private String publishedPublicRecord(String title) throws Exception {
        JsonObject draft = Json.createObjectBuilder().add("officialTitle", title).add("kind", "PROTOCOL")
                .add("format", "BILATERAL").add("signed", "2020").add("classification", "PUBLIC").add("summary", "First text.")
                .add("parties", Json.createArrayBuilder().add(party("AZ")).add(party("KZ"))).build();
        String reference = json(api.as(archivist, "POST", "api/agreements", draft.toString())).getString("reference");
        post(archivist, "api/agreements/" + reference + "/submission", null);
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(reference) + "/approval", null).statusCode());
        return reference;
    }

    /** Answers this node served as made before (record pages, the API's records), from its metrics. */
    private long pageCacheHits() throws Exception {
        HttpResponse<String> metrics = api.call("GET", "metrics", "admin", ApiClient.ADMIN_PASSWORD, null);
        assertEquals(200, metrics.statusCode());
        return metrics.body().lines().filter(line -> line.startsWith("archive_page_cache_lookups_total{result=\"hit\"}"))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * A register of 300 rows with mistakes planted in known rows: the dry run reports exactly those
     * rows, by column; importing it writes every other row once, into review as one batch; the same
     * file again writes nothing twice; a reviewer approves the batch, and its author may not.
     */
    @Test
    void aRegisterIsImportedAfterADryRunOnceAndReviewedAsOneBatch() throws Exception {
        String run = String.valueOf(System.nanoTime() % 1_000_000);
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.of("externalId", "officialTitle", "kind", "format", "signed", "entryIntoForce", "parties", "classification", "title:ru"));
        Map<Integer, String> planted = Map.of(12, "parties", 22, "entryIntoForce", 32, "format", 42, "signed", 52, "officialTitle", 62, "externalId");
        for (int row = 2; row <= 301; row++) {
            String id = "IMP-" + run + "-" + row;
            String title = "Imported agreement " + run + " number " + row;
            String parties = "AZ; KZ";
            String signed = (1992 + row % 3) + "-03-" + (10 + row % 15);
            String inForce = "";
            switch (row == 32 ? "parties3" : planted.getOrDefault(row, "")) {
                case "parties" -> parties = "AZ; XX";
                case "entryIntoForce" -> inForce = "1990-01-01";
                case "parties3" -> parties = "AZ; KZ; RU";
                case "signed" -> signed = "31.02.1993";
                case "officialTitle" -> title = "=HYPERLINK(\"http://example.org\";\"click\")";
                case "externalId" -> id = "IMP-" + run + "-5";
                default -> { }
            }
            sheet.add(List.of(id, title, "AGREEMENT", "BILATERAL", signed, inForce, parties, "CONFIDENTIAL", "Соглашение " + row));
        }
        byte[] file = semicolonCsv(sheet);

        JsonObject dryRun = finished(api.upload(archivist, "api/imports?dryRun=true", Map.of(), "register.csv", file));
        assertEquals(300, dryRun.getInt("rows"));
        String sample = dryRun.getInt("valid") == 294 ? "" : api.as(archivist, "GET", "api/imports/" + dryRun.getInt("id") + "/report?size=3", null).body();
        assertEquals(294, dryRun.getInt("valid"), dryRun + sample);
        assertEquals(6, dryRun.getInt("refused"), dryRun.toString());
        assertEquals(planted, refusedColumns(dryRun.getInt("id")));
        assertEquals(0, total("\"" + run + "\""), "a dry run writes nothing");

        JsonObject imported = finished(api.as(archivist, "POST", "api/imports/" + dryRun.getInt("id") + "/import", null));
        assertEquals(294, imported.getInt("created"), imported.toString());
        assertEquals(294, total("\"" + run + "\""), "every valid row once");
        String second = json(api.as(archivist, "GET", "api/imports/" + imported.getInt("id") + "/report?size=1", null))
                .getJsonArray("rows").getJsonObject(0).getString("reference");
        assertEquals("IMP-" + run + "-2", json(api.as(archivist, "GET", "api/agreements/" + second, null)).getString("externalId"),
                "the record carries the register's number");
        assertEquals(409, api.as(archivist, "POST", "api/imports/" + dryRun.getInt("id") + "/import", null).statusCode(), "a dry run is imported once");

        // The same register as an Excel workbook (the title of row 52 a real formula): the same rows refused, nothing written twice.
        JsonObject again = finished(api.upload(archivist, "api/imports?dryRun=false", Map.of(), "register.xlsx", workbook(sheet)));
        assertEquals("XLSX", again.getString("format"));
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(294, again.getInt("unchanged"), again.toString());
        assertEquals(planted, refusedColumns(again.getInt("id")));
        assertEquals(294, total("\"" + run + "\""), "the same register numbers: nothing twice");

        HttpResponse<String> own = post(archivist, "api/reviews/imports/" + imported.getInt("id") + "/approval", null);
        assertEquals(403, own.statusCode(), "an archivist is no reviewer: " + own.body());
        JsonObject decision = json(post(reviewer, "api/reviews/imports/" + imported.getInt("id") + "/approval", "checked against the register"));
        assertEquals(294, decision.getInt("approved"), decision.toString());
        assertEquals(294, json(api.as(reader, "GET", "api/agreements?q=%22" + run + "%22", null)).getJsonNumber("total").longValue(),
                "the approved batch reaches readers");

        HttpResponse<String> notARegister = api.upload(archivist, "api/imports", Map.of(), "scan.pdf", "%PDF-1.7 not a register".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notARegister.statusCode());
        assertTrue(json(notARegister).getString("error").contains("PDF"), notARegister.body());
        byte[] huge = new byte[2 * 1024 * 1024 + 64 * 1024];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = api.upload(archivist, "api/imports", Map.of(), "register.csv", huge);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(json(tooLarge).getString("error").contains("larger than 2 MB"), tooLarge.body());
        HttpResponse<String> published = api.upload(archivist, "api/imports?dryRun=false&publish=true", Map.of(), "register.csv", file);
        assertEquals(403, published.statusCode(), "only an administrator publishes an import at once: " + published.body());
    }

    /**
     * A register without register numbers: a row with the title (in other letter case) and the date of
     * signature of a record the archive holds is refused as that record, a row repeating an earlier row
     * of the file is refused as a repeat, and the same title on another date is another agreement.
     */
    @Test
    void aRowWithoutRegisterNumberIsRecognisedByItsTitleAndDateOfSignature() throws Exception {
        JsonObject held = json(api.as(archivist, "GET", "api/agreements/AGR-2018-0001/form", null));
        assertTrue(held.containsKey("officialTitle"), held.toString());
        String heldTitle = held.getString("officialTitle");
        String heldSigned = held.getString("signed");
        String run = String.valueOf(System.nanoTime() % 1_000_000);
        String fresh = "Agreement on sturgeon hatcheries " + run;
        List<List<String>> sheet = List.of(
                List.of("officialTitle", "kind", "format", "signed", "parties", "classification"),
                List.of(heldTitle.toUpperCase(java.util.Locale.ROOT), "AGREEMENT", "BILATERAL", heldSigned, "AZ; KZ", "PUBLIC"),
                List.of(fresh, "AGREEMENT", "BILATERAL", "2019-05-14", "AZ; KZ", "PUBLIC"),
                List.of("  " + fresh.toLowerCase(java.util.Locale.ROOT) + " ", "AGREEMENT", "BILATERAL", "2019-05-14", "AZ; KZ", "PUBLIC"),
                List.of(heldTitle, "AGREEMENT", "BILATERAL", "1999-01-20", "AZ; KZ", "PUBLIC"));

        JsonObject dryRun = finished(api.upload(archivist, "api/imports?dryRun=true", Map.of(), "register.csv", semicolonCsv(sheet)));
        assertEquals(2, dryRun.getInt("valid"), dryRun.toString());
        Map<Integer, String> problems = new HashMap<>();
        json(api.as(archivist, "GET", "api/imports/" + dryRun.getInt("id") + "/report?refused=true", null)).getJsonArray("rows")
                .forEach(value -> problems.put(value.asJsonObject().getInt("row"), value.asJsonObject().getJsonArray("problems").getString(0)));
        assertEquals(Set.of(2, 4), problems.keySet(), problems.toString());
        assertTrue(problems.get(2).startsWith("officialTitle: the archive already holds this agreement: AGR-2018-0001"), problems.get(2));
        assertTrue(problems.get(4).startsWith("officialTitle: the row repeats row 3"), problems.get(4));
    }

    /**
     * The whole archive goes out only to an administrator, as one file with every record, and comes
     * back in only into an empty archive (the in-container round trip test restores it into one).
     */
    @Test
    void onlyAnAdministratorTakesTheWholeArchiveAndItGoesBackOnlyIntoAnEmptyOne() throws Exception {
        String administrator = api.createUser("transfer", "CONFIDENTIAL", "ADMINISTRATOR");
        assertEquals(403, api.download(archivist, "api/archive").statusCode(), "an archivist may not take the whole archive");
        assertEquals(403, api.upload(archivist, "api/archive", Map.of(), "archive.json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode());

        HttpResponse<byte[]> export = api.download(administrator, "api/archive");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"treaty-archive-"));
        JsonObject archive = Json.createReader(new ByteArrayInputStream(export.body())).readObject();
        assertEquals("treaty-archive/1", archive.getString("format"));
        assertTrue(archive.getJsonArray("agreements").stream().anyMatch(agreement -> agreement.asJsonObject().getJsonObject("record")
                .getString("reference").equals("AGR-2018-0001")), "the Aktau Convention is in it");
        assertTrue(archive.getJsonArray("parties").size() >= 16 && !archive.getJsonArray("events").isEmpty());
        assertTrue(api.call("GET", "api/security-log", "admin", ApiClient.ADMIN_PASSWORD, null).body()
                .contains("\"ARCHIVE_EXPORTED\""), "the export is in the security log");

        HttpResponse<String> overThis = api.upload(administrator, "api/archive", Map.of(), "archive.json", export.body());
        assertEquals(409, overThis.statusCode(), overThis.body());
        assertTrue(json(overThis).getString("error").contains("empty"), overThis.body());
    }

    /**
     * OAI-PMH as a harvester uses it: every response valid against the protocol's schema with its
     * metadata checked strictly against Dublin Core and the archive's own format; the public records
     * in pages joined by resumption tokens, each once; a withdrawn record reported deleted; sets,
     * dates and the errors the protocol names.
     */
    @Test
    void harvestersGetThePublicRecordsPageByPageValidAgainstTheSchemaAndWithdrawnOnesAsDeleted() throws Exception {
        JsonObject draft = Json.createObjectBuilder()
                .add("officialTitle", "Protocol on a boundary marker " + System.nanoTime()).add("kind", "PROTOCOL")
                .add("format", "BILATERAL").add("signed", "2011-06").add("classification", "PUBLIC")
                .add("parties", Json.createArrayBuilder().add(party("KZ")).add(party("TM"))).build();
        String withdrawn = json(api.as(archivist, "POST", "api/agreements", draft.toString())).getString("reference");
        post(archivist, "api/agreements/" + withdrawn + "/submission", null);
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(withdrawn) + "/approval", null).statusCode());
        assertEquals(200, post(archivist, "api/agreements/" + withdrawn + "/withdrawal", "Entered in error.").statusCode());
        assertEquals(200, post(reviewer, "api/reviews/" + openProposal(withdrawn) + "/approval", null).statusCode());
        String withdrawnId = "oai:treaty-archive.local:" + withdrawn;
        Validator schema = oaiSchema();

        Document identify = oai(schema, "verb=Identify");
        assertEquals("persistent", text(identify, OAI, "deletedRecord"));
        assertTrue(text(identify, OAI, "baseURL").endsWith("/oai"));
        assertEquals(2, oai(schema, "verb=ListMetadataFormats").getElementsByTagNameNS(OAI, "metadataFormat").getLength());
        List<String> sets = texts(oai(schema, "verb=ListSets"), OAI, "setSpec");
        assertTrue(sets.containsAll(List.of("kind", "kind:CONVENTION", "party", "party:KZ", "party:IR")), sets.toString());

        // The whole list, page by page (ARCHIVE_OAI_PAGE_SIZE is 5 in the tests): each record once.
        List<Element> headers = harvest(schema, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        List<String> identifiers = headers.stream().map(ReviewWorkflowHttpIT::identifier).toList();
        Set<String> deleted = new HashSet<>();
        headers.stream().filter(header -> header.getAttribute("status").equals("deleted")).forEach(header -> deleted.add(identifier(header)));
        assertTrue(identifiers.size() > 5, "more records than one page: " + identifiers.size());
        assertEquals(identifiers.size(), new HashSet<>(identifiers).size(), "each record once: " + identifiers);
        assertTrue(identifiers.contains("oai:treaty-archive.local:" + AKTAU));
        assertEquals(Set.of(withdrawnId), deleted, "the withdrawn record, and only it, is deleted");
        long publicPublished = json(api.call("GET", "api/agreements?size=1", null, null, null)).getJsonNumber("total").longValue();
        assertEquals(publicPublished + 1, identifiers.size(), "every public published record and the withdrawn one, no confidential record");

        // A set and a span of time narrow the list; records in the archive's own format carry their parties.
        Document kazakh = oai(schema, "verb=ListRecords&metadataPrefix=treaty&set=party:KZ");
        NodeList agreements = kazakh.getElementsByTagNameNS(TREATY, "agreement");
        assertTrue(agreements.getLength() > 0);
        for (int i = 0; i < agreements.getLength(); i++) {
            assertTrue(texts((Element) agreements.item(i), TREATY, "party").stream().anyMatch(name -> name.contains("Kazakhstan")));
        }
        String stamp = oai(schema, "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + withdrawnId)
                .getElementsByTagNameNS(OAI, "datestamp").item(0).getTextContent();
        List<String> since = harvest(schema, "verb=ListIdentifiers&metadataPrefix=treaty&from=" + stamp).stream()
                .map(ReviewWorkflowHttpIT::identifier).toList();
        assertTrue(since.contains(withdrawnId), since.toString());
        assertTrue(since.size() < identifiers.size(), "the starter collection was loaded before: " + since);
        String day = stamp.substring(0, 10);
        assertTrue(harvest(schema, "verb=ListIdentifiers&metadataPrefix=treaty&from=" + day + "&until=" + day).stream()
                .map(ReviewWorkflowHttpIT::identifier).toList().contains(withdrawnId), "an until day holds the whole day");

        // The Aktau Convention in Dublin Core, with its Russian and Persian titles.
        Document aktau = oai(schema, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:treaty-archive.local:" + AKTAU);
        NodeList titles = aktau.getElementsByTagNameNS(DC, "title");
        Map<String, String> byLanguage = new HashMap<>();
        for (int i = 0; i < titles.getLength(); i++) {
            Element title = (Element) titles.item(i);
            byLanguage.put(title.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), title.getTextContent());
        }
        assertTrue(byLanguage.get("ru").startsWith("Конвенция"), byLanguage.toString());
        assertTrue(byLanguage.get("fa").contains("خزر"), byLanguage.toString());

        Map<String, String> errors = Map.of(
                "verb=Harvest", "badVerb",
                "verb=ListRecords", "badArgument",
                "verb=ListRecords&metadataPrefix=oai_dc&from=2018-13-01", "badArgument",
                "verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat",
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:treaty-archive.local:AGR-1900-0001", "idDoesNotExist",
                "verb=ListIdentifiers&resumptionToken=not-a-token", "badResumptionToken",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch",
                "verb=ListIdentifiers&metadataPrefix=oai_dc&set=party:NOWHERE", "noRecordsMatch");
        for (Map.Entry<String, String> error : errors.entrySet()) {
            Element refused = (Element) oai(schema, error.getKey()).getElementsByTagNameNS(OAI, "error").item(0);
            assertEquals(error.getValue(), refused.getAttribute("code"), error.getKey() + ": " + refused.getTextContent());
        }
    }

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String TREATY = "urn:treatyarchive:agreement:1";

    /** Every header of a list, following its resumption tokens; a resumed list must end with an empty token. */
    private List<Element> harvest(Validator schema, String query) throws Exception {
        List<Element> headers = new ArrayList<>();
        String next = query;
        for (int page = 1; next != null; page++) {
            Document answer = oai(schema, next);
            NodeList found = answer.getElementsByTagNameNS(OAI, "header");
            for (int i = 0; i < found.getLength(); i++) {
                headers.add((Element) found.item(i));
            }
            NodeList token = answer.getElementsByTagNameNS(OAI, "resumptionToken");
            assertTrue(page == 1 || token.getLength() == 1, "a resumed list names its end with an empty token: " + next);
            String value = token.getLength() == 0 ? "" : token.item(0).getTextContent();
            next = value.isEmpty() ? null : "verb=" + query.substring(5, query.indexOf('&')) + "&resumptionToken=" + value;
        }
        return headers;
    }

    private static String identifier(Element header) {
        return header.getElementsByTagNameNS(OAI, "identifier").item(0).getTextContent();
    }

    /** The protocol's schema with Dublin Core and the archive's own format, which it serves at /schemas. */
    private Validator oaiSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] schemas = {
            new StreamSource(new URL(base, "schemas/xml.xsd").toString()),
            new StreamSource(getClass().getResource("/oai/dc.xsd").toString()),
            new StreamSource(getClass().getResource("/oai/oai_dc.xsd").toString()),
            new StreamSource(new URL(base, "schemas/treaty-1.xsd").toString()),
            new StreamSource(getClass().getResource("/oai/OAI-PMH.xsd").toString()),
        };
        return factory.newSchema(schemas).newValidator();
    }

    /** An anonymous harvester's request, its answer validated and parsed with namespaces. */
    private Document oai(Validator schema, String query) throws Exception {
        HttpResponse<String> answer = api.call("GET", "oai?" + query, null, null, null);
        assertEquals(200, answer.statusCode(), query + ": " + answer.body());
        try {
            schema.validate(new StreamSource(new StringReader(answer.body())));
        } catch (org.xml.sax.SAXException invalid) {
            throw new AssertionError(query + " answered XML the OAI-PMH schema refuses: " + invalid.getMessage() + "\n" + answer.body(), invalid);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.body())));
    }

    private static String text(Document document, String namespace, String name) {
        return document.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    private static List<String> texts(Document document, String namespace, String name) {
        return texts(document.getDocumentElement(), namespace, name);
    }

    private static List<String> texts(Element element, String namespace, String name) {
        NodeList nodes = element.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The refused rows of a run's report, each with the column its first problem names. */
    private Map<Integer, String> refusedColumns(int run) throws Exception {
        Map<Integer, String> found = new HashMap<>();
        json(api.as(archivist, "GET", "api/imports/" + run + "/report?refused=true", null)).getJsonArray("rows").forEach(value -> {
            JsonObject row = value.asJsonObject();
            found.put(row.getInt("row"), row.getJsonArray("problems").getString(0).split(":")[0]);
        });
        return found;
    }

    /** A register as a spreadsheet set to a European locale saves it: semicolons, a byte order mark, every text quoted. */
    private static byte[] semicolonCsv(List<List<String>> sheet) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> row : sheet) {
            csv.append(String.join(";", row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A register as Excel saves it, in the least of its parts the reading needs; a cell starting with = is stored as a formula. */
    private static byte[] workbook(List<List<String>> sheet) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < sheet.size(); r++) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (String cell : sheet.get(r)) {
                String escaped = cell.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
                rows.append(cell.startsWith("=") ? "<c><f>" + escaped.substring(1) + "</f><v>click</v></c>"
                        : "<c t=\"inlineStr\"><is><t>" + escaped + "</t></is></c>");
            }
            rows.append("</row>");
        }
        Map<String, String> parts = Map.of(
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Register\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + rows + "</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Polls the run until it is finished, as the import page does. */
    private JsonObject finished(HttpResponse<String> started) throws Exception {
        assertEquals(202, started.statusCode(), started.body());
        int id = json(started).getInt("id");
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonObject run = json(api.as(archivist, "GET", "api/imports/" + id, null));
            if (run.getString("state").equals("DONE") || run.getString("state").equals("FAILED")) {
                assertEquals("DONE", run.getString("state"), run.toString());
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish within two minutes");
    }

    private long total(String query) throws Exception {
        return json(api.as(archivist, "GET", "api/agreements?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), null))
                .getJsonNumber("total").longValue();
    }
}
