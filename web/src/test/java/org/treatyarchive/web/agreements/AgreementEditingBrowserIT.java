package org.treatyarchive.web.agreements;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.web.Browser;
import org.treatyarchive.web.BrowserIT;
import org.treatyarchive.web.SampleDocuments;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatyarchive.web.ApiClient.json;

/**
 * What archivists do with the forms, in a real headless Chromium: enter agreements, be refused bad
 * input at the field without losing what they typed, meet a colleague's save, and keep the party
 * register and the subject vocabulary. Agreements entered here are confidential and their archivists
 * cleared for them, so that the public lists other tests count stay as the starter collection made them.
 */
class AgreementEditingBrowserIT extends BrowserIT {

    private static final String TABS = "agreement:tabs:";

    private String archivist;

    @BeforeEach
    void signInAsANewArchivist() throws Exception {
        archivist = api.createUser("archivist", "CONFIDENTIAL", "ARCHIVIST");
        signIn(browser, archivist);
    }

    private void openTab(Browser in, String tab) {
        in.click(By.cssSelector("a[href='#" + TABS.replace(":", "\\:") + tab + "']"));
        in.waitForAnimations();
    }

    private void addParty(Browser in, String typed, String code) {
        in.autoComplete(TABS + "partyChoice", typed, code);
        in.waitUntil(driver -> in.find(By.id(TABS + "partiesTable")).getText().contains(code));
    }

    private void addArticle(Browser in, int row, String text) {
        in.click(By.id(TABS + "addArticle"));
        in.waitForAjax();
        in.type(TABS + "articlesTable:" + row + ":text", text);
    }

    private List<String> rowsOf(String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] tr")).stream().map(WebElement::getText).toList();
    }

    /** The archive reference a confirmation names ("Entered the agreement as AGR-2015-0001, a draft..."). */
    private static String referenceIn(String message) {
        Matcher reference = Pattern.compile("AGR-\\d{4}-\\d{4,6}").matcher(message);
        assertTrue(reference.find(), message);
        return reference.group();
    }

    private String messages() {
        return browser.find(By.id("agreement:messages")).getText();
    }

    @Test
    void theFormRefusesBadInputAtTheFieldKeepsWhatWasTypedAndThenEntersTheAgreement() throws Exception {
        browser.open(base + "agreements/list.xhtml");
        browser.clickAndWaitForPage(By.id("newAgreement"));
        browser.type(TABS + "officialTitle", "Agreement on the exchange of seismic data between Azerbaijan and Kazakhstan");
        browser.type(TABS + "signed", "31 February 2015");
        browser.choose(TABS + "classification", "Confidential");
        openTab(browser, "partiesTab");
        addParty(browser, "Azerb", "AZ");
        addParty(browser, "kazakh", "KZ");
        browser.autoComplete(TABS + "partyChoice", "KZ", "KZ");
        assertEquals("Republic of Kazakhstan is already a party to this agreement.", browser.errorAt(TABS + "partyChoice"));
        assertEquals(2, rowsOf(TABS + "partiesTable").size(), "the same party is not added twice");
        openTab(browser, "articlesTab");
        addArticle(browser, 0, "The Parties shall exchange the records of their seismic stations.");
        addArticle(browser, 1, "Each Party shall designate a competent authority.");
        addArticle(browser, 2, "This Agreement shall enter into force on the date of its signature.");
        browser.screenshot("agreement-form-articles");

        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertTrue(browser.errorAt(TABS + "signed").contains("February 2015 has no day 31"), browser.errorAt(TABS + "signed"));

        browser.type(TABS + "signed", "12 March 2015");
        browser.type(TABS + "entryIntoForce", "1 March 2015");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertEquals("Entry into force (1 March 2015) cannot be before signature (12 March 2015).", browser.errorAt(TABS + "entryIntoForce"));
        assertTrue(messages().contains("Not saved"), messages());
        assertEquals("Agreement on the exchange of seismic data between Azerbaijan and Kazakhstan", browser.value(TABS + "officialTitle"),
                "what was typed is still there");
        assertEquals(String.valueOf(Agreement.TITLE_MAX), browser.find(By.id(TABS + "officialTitle")).getAttribute("maxlength"),
                "the field's limit is the domain's constant, also after a refused save");
        assertEquals(3, rowsOf(TABS + "articlesTable").size(), "the articles too");
        browser.screenshot("agreement-form-refused");

        browser.type(TABS + "entryIntoForce", "12 March 2015");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        String entered = browser.find(By.id("messages")).getText();
        assertTrue(entered.startsWith("Entered the agreement as AGR-2015-"), entered);
        String reference = referenceIn(entered);
        assertEquals(2, browser.driver().findElements(By.cssSelector("[id$='partiesTable_data'] tr")).size());
        assertEquals("Confidential", browser.find(By.id("classification")).getText());
        browser.screenshot("agreement-entered");

        browser.open(base + "agreements/list.xhtml");
        browser.find(By.id("filters:text")).sendKeys("seismic data");
        browser.click(By.id("filters:apply"));
        browser.waitUntil(driver -> browser.find(By.id("results:agreements")).getText().contains(reference));

        JsonObject record = json(api.call("GET", "api/agreements/" + reference, archivist, passwordOf(archivist), null));
        assertEquals(2, record.getJsonArray("parties").size());
        assertEquals("2015-03-12", record.getString("signed"));
        JsonObject form = json(api.call("GET", "api/agreements/" + reference + "/form", archivist, passwordOf(archivist), null));
        assertEquals(3, form.getJsonArray("articles").size());
    }

    /**
     * The form in Russian and in Persian: its labels and tabs in the archivist's language, a refused
     * save answered at the field in that language, and in Persian the whole form mirrored.
     */
    @Test
    void theFormRefusesInTheArchivistsLanguage() {
        browser.open(base + "agreements/edit.xhtml?lang=ru");
        assertEquals("Общие сведения", browser.find(By.cssSelector("a[href='#agreement\\:tabs\\:generalTab']")).getText());
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertEquals("Введите официальное название, как оно дано в подписанном тексте.", browser.errorAt(TABS + "officialTitle"));
        browser.type(TABS + "officialTitle", "Соглашение о сотрудничестве");
        browser.type(TABS + "signed", "весной");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertTrue(browser.errorAt(TABS + "signed").contains("«весной» — дата, которую архив не может прочитать"), browser.errorAt(TABS + "signed"));
        browser.type(TABS + "signed", "31.02.2015");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertTrue(browser.errorAt(TABS + "signed").contains("нет 31-го числа"), "an impossible day, said in Russian: " + browser.errorAt(TABS + "signed"));
        browser.screenshot("language-ru-form-refused");

        browser.open(base + "agreements/edit.xhtml?lang=fa");
        assertEquals("rtl", browser.find(By.tagName("html")).getDomAttribute("dir"));
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertEquals("عنوان رسمی را همان‌گونه که متن امضاشده آورده وارد کنید.", browser.errorAt(TABS + "officialTitle"));
        // A date typed in the Solar Hijri calendar is the Gregorian day it names; a Solar Hijri month is refused, in Persian.
        browser.type(TABS + "signed", "۲۱ مرداد ۱۳۹۷");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertEquals("12 August 2018", browser.value(TABS + "signed"), "read as the Aktau Convention's day, kept while the title is still missing");
        browser.type(TABS + "signed", "مرداد ۱۳۹۷");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        assertTrue(browser.errorAt(TABS + "signed").contains("ماهی از گاه‌شماری هجری خورشیدی است"), browser.errorAt(TABS + "signed"));
        browser.screenshot("language-fa-form-refused");

        // The choice is kept with the account: signed in afresh (no cookie left), the archivist finds Persian again.
        signIn(browser, archivist);
        assertEquals("fa", browser.find(By.tagName("html")).getDomAttribute("lang"), "the profile's language after a new sign-in");
        assertEquals("rtl", browser.find(By.tagName("html")).getDomAttribute("dir"));
        browser.open(base + "agreements/list.xhtml?lang=en");
    }

    @Test
    void anArchivistEntersTheAstrakhanHydrometeorologyAgreementWithFivePartiesAtItsSummit() throws Exception {
        browser.open(base + "agreements/edit.xhtml");
        browser.type(TABS + "officialTitle", "Agreement on Cooperation in the Field of Hydrometeorology of the Caspian Sea");
        browser.type(TABS + "shortTitle", "Caspian Hydrometeorology Agreement (entered in the browser)");
        browser.choose(TABS + "format", "Multilateral");
        browser.type(TABS + "signed", "29 September 2014");
        browser.type(TABS + "placeOfSignature", "Astrakhan");
        browser.choose(TABS + "classification", "Confidential");
        browser.choose(TABS + "event", "Fourth Caspian Summit (29 September 2014)");
        browser.type(TABS + "authenticLanguages", "az, fa, kk, ru, tk");
        browser.click(By.id(TABS + "addTitle"));
        browser.waitForAjax();
        browser.type(TABS + "titlesTable:0:language", "ru");
        browser.type(TABS + "titlesTable:0:titleText", "Соглашение о сотрудничестве в области гидрометеорологии Каспийского моря");
        browser.screenshot("agreement-form-general");

        openTab(browser, "partiesTab");
        addParty(browser, "Azerb", "AZ");
        addParty(browser, "Iran", "IR");
        addParty(browser, "Kazakh", "KZ");
        addParty(browser, "Russian Fed", "RU");
        addParty(browser, "Turkmen", "TM");
        WebElement signedByKazakhstan = browser.find(By.id(TABS + "partiesTable:2:signedOn"));
        signedByKazakhstan.sendKeys("29 September 2014");
        browser.screenshot("agreement-form-parties");

        openTab(browser, "articlesTab");
        addArticle(browser, 0, "The Parties shall cooperate in hydrometeorology of the Caspian Sea.");
        addArticle(browser, 1, "This Agreement shall enter into force on the date of receipt of the last notification.");
        addArticle(browser, 2, "The Parties shall exchange hydrometeorological data.");
        browser.click(By.id(TABS + "articlesTable:2:up"));
        browser.waitForAjax();
        browser.type(TABS + "articlesTable:1:number", "2");
        browser.type(TABS + "articlesTable:2:number", "3");

        openTab(browser, "relationsTab");
        browser.autoComplete(TABS + "relationChoice", "Aktau", "AGR-2018-0001");
        browser.waitUntil(driver -> browser.find(By.id(TABS + "relationsTable")).getText().contains("AGR-2018-0001"));
        browser.screenshot("agreement-form-relations");

        browser.clickAndWaitForPage(By.id("agreement:save"));
        String entered = browser.find(By.id("messages")).getText();
        assertTrue(entered.startsWith("Entered the agreement as AGR-2014-"), entered);
        String reference = referenceIn(entered);
        assertEquals(5, browser.driver().findElements(By.cssSelector("[id$='partiesTable_data'] tr")).size());
        assertEquals("Fourth Caspian Summit, Astrakhan, 29 September 2014", browser.find(By.id("event")).getText());
        assertEquals("ltr", browser.find(By.cssSelector("span[lang='ru']")).getDomAttribute("dir"), "a Cyrillic title reads left to right");
        List<String> headings = browser.driver().findElements(By.cssSelector(".archive-article h3")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Article 1", "Article 2", "Article 3"), headings);
        assertTrue(browser.driver().findElements(By.cssSelector(".archive-article p")).get(1).getText().contains("exchange"),
                "the moved article is second");
        browser.screenshot("agreement-astrakhan-hydrometeorology");

        JsonObject record = json(api.call("GET", "api/agreements/" + reference, archivist, passwordOf(archivist), null));
        assertEquals(5, record.getJsonArray("parties").size());
        assertTrue(record.toString().contains("2014-09-29"), record.toString());
        JsonObject listed = json(api.call("GET", "api/agreements?q=Hydrometeorology", archivist, passwordOf(archivist), null));
        assertTrue(listed.toString().contains(reference), "GET /api/agreements lists it: " + listed);
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedWithWhoAndWhenAndOffersToReload() throws Exception {
        String colleague = api.createUser("colleague", "CONFIDENTIAL", "ARCHIVIST");
        String created = json(api.as(colleague, "POST", "api/agreements",
                "{\"officialTitle\":\"Memorandum on joint training of customs officers\",\"kind\":\"MEMORANDUM_OF_UNDERSTANDING\","
                        + "\"format\":\"BILATERAL\",\"signed\":\"2016-05\",\"classification\":\"CONFIDENTIAL\","
                        + "\"parties\":[{\"code\":\"KZ\"},{\"code\":\"TM\"}]}")).getString("reference");

        browser.open(base + "agreements/edit.xhtml?ref=" + created);
        try (Browser second = new Browser()) {
            signIn(second, colleague);
            second.open(base + "agreements/edit.xhtml?ref=" + created);
            second.type(TABS + "summary", "Checked against the Kazakh original.");
            second.clickAndWaitForPage(By.id("agreement:save"));
            assertTrue(second.find(By.id("messages")).getText().startsWith("Saved the draft " + created));
        }

        browser.type(TABS + "shortTitle", "Customs training memorandum");
        browser.clickAndWaitForPage(By.id("agreement:save"));
        String refusal = messages();
        assertTrue(refusal.contains("Agreement " + created + " was changed by " + colleague + " at "), refusal);
        assertTrue(refusal.contains("Your changes were not saved; they are still in the form."), refusal);
        assertEquals("Customs training memorandum", browser.value(TABS + "shortTitle"), "the typed value is not dropped");
        browser.screenshot("agreement-edit-conflict");

        browser.click(By.id("agreement:reload"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForAjax();
        browser.waitUntil(driver -> browser.value(TABS + "summary").equals("Checked against the Kazakh original."));
        assertEquals("", browser.value(TABS + "shortTitle"), "the reloaded form shows the saved version");
        JsonObject stored = json(api.call("GET", "api/agreements/" + created + "/form", archivist, passwordOf(archivist), null));
        assertEquals("Checked against the Kazakh original.", stored.getString("summary"), "the first save is kept");
    }

    @Test
    void anArchivistDropsTheSignedOriginalIntoTheDocumentsTabAndTheRecordHoldsIt() throws Exception {
        byte[] original = SampleDocuments.pdf("Memorandum on sturgeon restocking " + System.nanoTime(), "Signatures.");
        Path file = Files.createTempDirectory("upload").resolve("sturgeon-memorandum.pdf");
        Files.write(file, original);

        browser.open(base + "agreements/edit.xhtml");
        browser.type(TABS + "officialTitle", "Memorandum on the restocking of sturgeon in the Caspian Sea");
        browser.type(TABS + "signed", "2019");
        browser.choose(TABS + "classification", "Confidential");
        openTab(browser, "documentsTab");
        // The file input is styled away behind its button, as browsers allow for file inputs; a person clicks the button.
        browser.driver().findElement(By.cssSelector("[id='" + TABS + "upload'] input[type=file]")).sendKeys(file.toString());
        browser.waitUntil(driver -> browser.find(By.id(TABS + "documentsTable")).getText().contains("sturgeon-memorandum.pdf"));
        assertTrue(browser.find(By.id(TABS + "documentsTable")).getText().contains("PDF, 2 pages"),
                browser.find(By.id(TABS + "documentsTable")).getText());
        browser.type(TABS + "documentsTable:0:documentTitle", "Signed original");
        browser.screenshot("agreement-form-documents");

        browser.clickAndWaitForPage(By.id("agreement:save"));
        String entered = browser.find(By.id("messages")).getText();
        assertTrue(entered.startsWith("Entered the agreement as AGR-2019-"), entered);
        String reference = referenceIn(entered);
        WebElement link = browser.find(By.cssSelector("a.archive-document-link"));
        assertEquals("Signed original", link.getText());
        assertTrue(browser.find(By.id("documents")).getText().startsWith("Documents (1)"));
        assertTrue(link.getAttribute("href").endsWith("/api/agreements/" + reference + "/documents/" + SampleDocuments.sha256(original) + "/content"),
                link.getAttribute("href"));
        HttpResponse<byte[]> downloaded = api.download(archivist, link.getAttribute("href").substring(base.toString().length()));
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(original, downloaded.body(), "the record's link gives the file as dropped");
        JsonObject record = json(api.call("GET", "api/agreements/" + reference, archivist, passwordOf(archivist), null));
        assertEquals(SampleDocuments.sha256(original), record.getJsonArray("documents").getJsonObject(0).getString("sha256"));
        assertEquals("CONFIDENTIAL", record.getJsonArray("documents").getJsonObject(0).getString("classification"),
                "a document takes its record's classification");

        // Read in the background within seconds: the page, opened again, says so and shows the first page. The second
        // page holds one word ("Signatures."), too little for a text layer worth the name, so OCR reads it as well.
        String recordPage = browser.driver().getCurrentUrl();
        browser.waitUntil(driver -> {
            browser.open(recordPage);
            return browser.find(By.cssSelector(".archive-document-text")).getText().equals("Searchable: 2 pages, 1 read by OCR.");
        });
        WebElement thumbnail = browser.find(By.cssSelector("img.archive-document-thumbnail"));
        browser.waitUntil(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 120", thumbnail));
        browser.screenshot("agreement-record-documents");
    }

    @Test
    void cancellingAsksBeforeDiscardingTypedWork() {
        browser.open(base + "agreements/edit.xhtml");
        browser.click(By.id("agreement:cancel"));
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/agreements/list.xhtml"));

        browser.open(base + "agreements/edit.xhtml");
        browser.type(TABS + "officialTitle", "A title worth keeping");
        browser.click(By.id("agreement:cancel"));
        browser.find(By.id("discard"));
        browser.screenshot("agreement-discard-confirmation");
        browser.click(By.id("keepEditing"));
        browser.waitForAnimations();
        assertEquals("A title worth keeping", browser.value(TABS + "officialTitle"));
        browser.click(By.id("agreement:cancel"));
        browser.clickAndWaitForPage(By.id("discardChanges"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/list.xhtml"), browser.driver().getCurrentUrl());
    }

    @Test
    void theDetailPageLeadsAnArchivistToTheFormAndReadersNot() {
        browser.open(base + "agreements/view.xhtml?ref=AGR-2018-0001");
        browser.clickAndWaitForPage(By.id("workflow:edit"));
        assertEquals("Convention on the Legal Status of the Caspian Sea", browser.value(TABS + "officialTitle"));
        // Whoever saved it last (the review tests may have changed and restored it): the line names them.
        assertTrue(browser.find(By.id("lastSaved")).getText().matches("Last saved by \\S+ on .+"), browser.find(By.id("lastSaved")).getText());
        openTab(browser, "partiesTab");
        assertEquals(5, rowsOf(TABS + "partiesTable").size());
        browser.screenshot("agreement-form-aktau");

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "agreements/view.xhtml?ref=AGR-2018-0001");
        assertTrue(browser.driver().findElements(By.id("workflow:edit")).isEmpty(), "no Edit button for a reader");
        browser.open(base + "agreements/edit.xhtml?ref=AGR-2018-0001");
        assertTrue(browser.driver().getCurrentUrl().contains("/account/login.xhtml"), "the form itself asks for sign-in");
    }

    @Test
    void theRegisterKeepsPartiesInUseAndLetsAnUnusedOneGo() {
        browser.open(base + "parties/list.xhtml");
        browser.clickAndWaitForPage(By.id("parties:create"));
        String code = "HORDE" + System.nanoTime() % 10_000;
        browser.type("party:code", code);
        browser.type("party:name", "Golden Horde (test entry)");
        browser.choose("party:kind", "Historic state");
        browser.type("party:names", "ru: Золотая Орда\nАлтын Орда");
        browser.clickAndWaitForPage(By.id("party:save"));
        assertTrue(browser.errorAt("party:names").startsWith("Line 2 of the names (\"Алтын Орда\") is not a name in a language"),
                browser.errorAt("party:names"));
        assertEquals("Golden Horde (test entry)", browser.value("party:name"), "a refused save keeps what was typed");
        browser.type("party:names", "ru: Золотая Орда\ntt: Алтын Урда");
        browser.clickAndWaitForPage(By.id("party:save"));
        assertTrue(browser.find(By.id("party:messages")).getText().startsWith("Added Golden Horde (test entry) (" + code + ")"));
        assertEquals("ru: Золотая Орда\ntt: Алтын Урда", browser.value("party:names"), "the names in other languages are kept");
        browser.screenshot("party-added");

        browser.click(By.id("party:delete"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.find(By.id("parties:messages")).getText().startsWith("Deleted Golden Horde"), "an unused party can go");

        browser.open(base + "parties/edit.xhtml?code=KZ");
        browser.click(By.id("party:delete"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        String refusal = browser.find(By.id("party:messages")).getText();
        assertTrue(refusal.startsWith("The party Republic of Kazakhstan cannot be deleted: it is party to "), refusal);
        assertTrue(refusal.matches(".* it is party to \\d+ agreements \\(AGR-\\d{4}-\\d{4}, .*"), "it says where it is used: " + refusal);
        browser.screenshot("party-in-use");

        browser.open(base + "parties/edit.xhtml?code=USSR");
        assertTrue(browser.find(By.id("successors")).getText().contains("Russian Federation"), "successors are shown");
        browser.click(By.id("party:delete"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.find(By.id("party:messages")).getText().contains("is the predecessor of Russian Federation"));

        browser.open(base + "subjects/list.xhtml");
        browser.clickAndWaitForPage(By.linkText("Hydrometeorology"));
        browser.click(By.id("subject:delete"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.find(By.id("subject:messages")).getText().startsWith("The subject Hydrometeorology cannot be deleted: it classifies "));
        browser.screenshot("subject-in-use");

        // The same refusal in the reader's language: the rule's phrase, not its English text.
        browser.open(base + "parties/edit.xhtml?code=KZ&lang=ru");
        browser.click(By.id("party:delete"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        String russian = browser.find(By.id("party:messages")).getText();
        assertTrue(russian.contains("удалить нельзя — является стороной соглашений (всего ") && russian.endsWith("Сначала измените эти записи."), russian);
        browser.screenshot("party-in-use-ru");
        browser.open(base + "parties/list.xhtml?lang=en");
    }
}
