package org.treatyarchive.web.review;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.treatyarchive.web.Browser;
import org.treatyarchive.web.BrowserIT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * A register from the import page: the dry run names the refused rows by column and writes
     * nothing, the valid rows are imported with one button, and a reviewer approves them as one batch.
     */
    @Test
    void aRegisterIsCheckedImportedAndApprovedAsABatchFromThePages() throws Exception {
        String archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        String reviewer = api.createUser("reviewer", "CONFIDENTIAL", "REVIEWER");
        String batch = "Register " + System.nanoTime() % 1_000_000;
        StringBuilder csv = new StringBuilder("externalId,officialTitle,kind,format,signed,parties,classification\n");
        for (int row = 2; row <= 13; row++) {
            String parties = row == 5 ? "AZ; XX" : "AZ; TM";
            String signed = row == 9 ? "31.04.2004" : "2004-04-" + (10 + row);
            csv.append("BR-").append(batch.hashCode()).append('-').append(row).append(",\"").append(batch).append(" agreement ").append(row)
                    .append("\",AGREEMENT,BILATERAL,").append(signed).append(",\"").append(parties).append("\",CONFIDENTIAL\n");
        }
        Path file = Files.createTempFile("register", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (Browser archivistBrowser = new Browser(); Browser other = new Browser()) {
            signIn(archivistBrowser, archivist);
            archivistBrowser.clickAndWaitForPage(By.id("importsLink"));
            archivistBrowser.driver().findElement(By.cssSelector("[id='upload:file'] input[type=file]")).sendKeys(file.toString());
            archivistBrowser.waitUntil(driver -> driver.getCurrentUrl().contains("imports/run.xhtml"));
            archivistBrowser.waitForPage();
            archivistBrowser.waitUntil(driver -> archivistBrowser.find(By.id("summary")).getText().startsWith("Dry run done"));
            assertTrue(archivistBrowser.find(By.id("summary")).getText().contains("10 rows can be imported"),
                    archivistBrowser.find(By.id("summary")).getText());
            archivistBrowser.click(By.cssSelector("[id='run:refusedOnly'] .ui-chkbox-box"));
            archivistBrowser.waitUntil(driver -> archivistBrowser.find(By.id("run:report")).getText().contains("1–2 of 2 rows"));
            String refused = archivistBrowser.find(By.id("run:report")).getText();
            assertTrue(refused.contains("parties: There is no party with the code XX."), refused);
            assertTrue(refused.contains("signed: "), refused);
            assertEquals(List.of(), archivistBrowser.accessibilityViolations());
            archivistBrowser.screenshot("import-dry-run");

            archivistBrowser.clickAndWaitForPage(By.id("run:import"));
            assertTrue(archivistBrowser.find(By.id("run:messages")).getText().startsWith("Importing the 10 valid rows"),
                    archivistBrowser.find(By.id("run:messages")).getText());
            archivistBrowser.waitUntil(driver -> archivistBrowser.find(By.id("summary")).getText().startsWith("Done: 10 records created"));
            String importPage = archivistBrowser.driver().getCurrentUrl();

            signIn(other, reviewer);
            other.open(importPage);
            assertTrue(other.find(By.id("waiting")).getText().startsWith("10 records of this import wait for review"));
            other.type("run:comment", "Checked against the ministry's register.");
            other.click(By.id("run:approveBatch"));
            other.click(By.id("run:confirmApprove"));
            other.waitForAjax();
            other.waitUntil(driver -> other.find(By.id("run:messages")).getText().startsWith("Approved 10 records of import"));
            other.screenshot("import-batch-approved");
            assertEquals(10, json(api.as(reviewer, "GET", "api/agreements?q=%22" + batch.replace(' ', '+') + "%22", null))
                    .getJsonNumber("total").longValue(), "published, all ten");
        }
    }
}
