package org.treatyarchive.web.review;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.treatyarchive.web.Browser;
import org.treatyarchive.web.BrowserIT;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * Review as people do it, in headless Chromium: an archivist submits, a reviewer returns the record
 * with a comment, the archivist fixes and resubmits, a second person approves; a reader looks at each
 * step and sees the record only at the end. The record is confidential and the reader cleared for it,
 * so that the public counts other tests check do not move.
 */
class ReviewWorkflowBrowserIT extends BrowserIT {

    /** What a reader gets for the record's page: its title, or the archive's not-found page. */
    private String readerSees(Browser browser, String reader, String reference) {
        signIn(browser, reader);
        browser.open(base + "agreements/view.xhtml?ref=" + reference);
        return browser.find(By.cssSelector("h1.archive-title")).getText();
    }

    @Test
    void submitReturnFixAndApproveBySecondPersonWithTheReaderLookingAtEachStep() throws Exception {
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String reviewer = api.createUser("reviewer", "CONFIDENTIAL", "REVIEWER");
        String reader = api.createUser("reader", "CONFIDENTIAL", "READER");
        String title = "Memorandum on sturgeon hatcheries " + System.nanoTime() % 100_000;
        String created = json(api.as(archivist, "POST", "api/agreements", Json.createObjectBuilder()
                .add("officialTitle", title).add("kind", "MEMORANDUM_OF_UNDERSTANDING").add("format", "BILATERAL")
                .add("signed", "2017-05-16").add("placeOfSignature", "Atyrau").add("classification", "CONFIDENTIAL")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "KZ"))
                        .add(Json.createObjectBuilder().add("code", "RU")))
                .build().toString())).getString("reference");

        try (Browser archivistBrowser = new Browser(); Browser other = new Browser()) {
            // The archivist's draft: marked for the staff, absent for the reader.
            signIn(archivistBrowser, archivist);
            archivistBrowser.open(base + "agreements/view.xhtml?ref=" + created);
            assertTrue(archivistBrowser.find(By.id("publication")).getText().startsWith("Not yet published — a draft"),
                    archivistBrowser.find(By.id("publication")).getText());
            assertEquals("Not found", readerSees(other, reader, created));

            archivistBrowser.type("workflow:submitComment", "Entered from the Kazakh original.");
            archivistBrowser.clickAndWaitForPage(By.id("workflow:submit"));
            assertTrue(archivistBrowser.find(By.id("messages")).getText().startsWith("Submitted " + created + " for review"));
            assertTrue(archivistBrowser.find(By.id("publication")).getText().contains("waiting for review"));
            assertFalse(archivistBrowser.driver().findElements(By.id("workflow:edit")).stream().anyMatch(e -> e.isDisplayed()),
                    "no editing while the reviewer looks at it");
            archivistBrowser.screenshot("review-submitted");
            assertEquals("Not found", readerSees(other, reader, created), "submitted is not yet published");

            // The reviewer finds it through the badge and returns it with a comment.
            signIn(other, reviewer);
            assertTrue(Integer.parseInt(other.find(By.id("reviewBadge")).getText()) >= 1, "the badge counts what waits for review");
            other.clickAndWaitForPage(By.id("reviewLink"));
            other.clickAndWaitForPage(By.linkText(created));
            assertTrue(other.find(By.id("decision:comparison")).getText().contains("Atyrau"), "the new record line by line");
            assertTrue(other.find(By.id("decision:steps")).getText().contains("Entered from the Kazakh original."));
            other.screenshot("review-case");
            other.click(By.id("decision:return"));
            other.waitForAjax();
            assertTrue(other.find(By.id("decision")).getText().contains("The comment saying what to fix is required."),
                    "returning needs a comment, said at the field");
            other.type("decision:comment", "The memorandum was signed in Astrakhan, not Atyrau.");
            other.clickAndWaitForPage(By.id("decision:return"));
            assertTrue(other.find(By.id("reviews:messages")).getText().startsWith("Returned the new record " + created + " to " + archivist));
            assertEquals("Not found", readerSees(other, reader, created), "returned is not published");

            // The archivist sees it returned, fixes the place and submits again.
            archivistBrowser.open(base + "agreements/view.xhtml?ref=" + created);
            assertEquals("1", archivistBrowser.find(By.id("reviewBadge")).getText(), "one record returned to the archivist");
            assertTrue(archivistBrowser.find(By.id("workflow:returned")).getText().contains("signed in Astrakhan, not Atyrau"));
            archivistBrowser.screenshot("review-returned");
            archivistBrowser.clickAndWaitForPage(By.id("workflow:edit"));
            archivistBrowser.type("agreement:tabs:placeOfSignature", "Astrakhan");
            archivistBrowser.clickAndWaitForPage(By.id("agreement:save"));
            assertTrue(archivistBrowser.find(By.id("messages")).getText().startsWith("Saved the draft " + created));
            archivistBrowser.clickAndWaitForPage(By.id("workflow:submit"));
            assertTrue(archivistBrowser.find(By.id("publication")).getText().contains("waiting for review"));

            // A second person approves; now, and only now, the reader sees it.
            signIn(other, reviewer);
            other.clickAndWaitForPage(By.id("reviewLink"));
            other.clickAndWaitForPage(By.linkText(created));
            assertTrue(other.find(By.id("decision:comparison")).getText().contains("Astrakhan"));
            other.type("decision:comment", "Checked against the original.");
            other.clickAndWaitForPage(By.id("decision:approve"));
            assertTrue(other.find(By.id("reviews:messages")).getText().startsWith("Approved the new record " + created + ". Readers now see the record."));
            assertTrue(readerSees(other, reader, created).contains(title), "published: the reader sees it");
            assertTrue(other.find(By.id("signed")).getText().endsWith("Astrakhan"));
            other.screenshot("review-reader-sees-published");

            // The archivist's page lists the comments and the revisions, with who and when.
            archivistBrowser.open(base + "agreements/view.xhtml?ref=" + created);
            assertTrue(archivistBrowser.find(By.id("publication")).getText().startsWith("Published"));
            assertTrue(archivistBrowser.find(By.id("records:staffTabs:steps")).getText().contains("signed in Astrakhan, not Atyrau"));
            archivistBrowser.click(By.cssSelector("a[href='#records\\:staffTabs\\:historyTab']"));
            archivistBrowser.waitUntil(driver -> archivistBrowser.find(By.id("records:staffTabs:historyTab")).getText().contains("Revision"));
            String history = archivistBrowser.find(By.id("records:staffTabs:historyTab")).getText();
            // The publication is the reviewer's step; the corrected place is the archivist's work.
            assertTrue(Pattern.compile("Revision \\d+ — changed [^\n]* by " + reviewer + "\n").matcher(history).find(), history);
            assertTrue(Pattern.compile("by " + archivist + "\n(Restore this revision\n)?Field Before After\nPlace of signature Atyrau Astrakhan")
                    .matcher(history).find(), history);
            assertTrue(history.contains("Place of signature"), history);
            archivistBrowser.screenshot("review-history");
        }
    }
}
