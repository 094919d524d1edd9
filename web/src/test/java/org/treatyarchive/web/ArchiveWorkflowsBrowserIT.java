package org.treatyarchive.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people do in the archive, in a real headless Chromium: a reader finding an agreement (the
 * list, the filters, the record) and a user signing in and out.
 */
class ArchiveWorkflowsBrowserIT extends BrowserIT {

    private List<String> references() {
        return browser.driver().findElements(By.cssSelector("#results\\:agreements_data td.archive-col-ref a")).stream()
                .map(WebElement::getText).toList();
    }

    private String pageReport() {
        return browser.find(By.cssSelector("#results\\:agreements .ui-paginator-current")).getText();
    }

    @Test
    void aReaderFiltersTheListAndOpensARecord() throws Exception {
        browser.open(base.toString());
        assertEquals("1–19 of 19 agreements", pageReport());
        assertEquals(19, references().size());
        assertTrue(Files.size(browser.screenshot("agreements-list")) > 10_000);

        browser.choose("filters:kind", "Convention");
        browser.choose("filters:party", "Republic of Kazakhstan (KZ)");
        browser.click(By.id("filters:apply"));
        browser.waitForAjax();
        browser.waitUntil(driver -> pageReport().equals("1–2 of 2 agreements"));
        assertEquals(List.of("AGR-2018-0001", "AGR-2003-0003"), references(), "newest first");
        browser.screenshot("agreements-list-filtered");

        browser.clickAndWaitForPage(By.linkText("Aktau Convention"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("view.xhtml?ref=AGR-2018-0001"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.tagName("h1")).getText().contains("Convention on the Legal Status of the Caspian Sea"));
        assertEquals("Not yet in force", browser.find(By.id("status")).getText());
        assertEquals("Fifth Caspian Summit, Aktau, 12 August 2018", browser.find(By.id("event")).getText());
        assertEquals(5, browser.driver().findElements(By.cssSelector("[id$='partiesTable_data'] tr")).size());
        WebElement persian = browser.find(By.cssSelector("span[lang='fa']"));
        assertEquals("rtl", persian.getDomAttribute("dir"));
        browser.screenshot("agreement-aktau-convention");

        browser.clickAndWaitForPage(By.linkText("Agreements"));
        assertEquals("1–19 of 19 agreements", pageReport(), "the breadcrumb leads back to the whole list");
    }

    /**
     * The interface in Russian and in Persian: chosen by a link or the language menu, remembered for
     * the next page, the layout mirrored in Persian with the menu on the right, and dates as each
     * language writes them (the Aktau Convention in the Solar Hijri calendar, with the Gregorian day beside).
     */
    @Test
    void aReaderReadsTheArchiveInRussianAndInPersian() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "agreements/list.xhtml?lang=ru");
        WebElement html = browser.find(By.tagName("html"));
        assertEquals("ru", html.getDomAttribute("lang"));
        assertEquals("ltr", html.getDomAttribute("dir"));
        assertEquals("Соглашения", browser.find(By.tagName("h1")).getText());
        assertTrue(pageReport().startsWith("1–") && pageReport().contains(" из "), pageReport());
        browser.screenshot("language-ru-list");
        browser.open(base + "agreements/view.xhtml?ref=AGR-2018-0001");
        assertEquals("12 августа 2018 г., Aktau", browser.find(By.id("signed")).getText(), "the choice holds without the link");
        assertEquals("Конвенция о правовом статусе Каспийского моря", browser.find(By.id("titleInLanguage")).getText(),
                "the record's Russian title comes first");
        assertEquals("Не вступило в силу", browser.find(By.id("status")).getText());
        assertTrue(browser.find(By.id("partiesTable")).getText().contains("Исламская Республика Иран"),
                "parties by their names in the reader's language: " + browser.find(By.id("partiesTable")).getText());
        browser.screenshot("language-ru-record");

        browser.clickAndWaitForPage(By.id("lang-fa"));
        html = browser.find(By.tagName("html"));
        assertEquals("fa", html.getDomAttribute("lang"));
        assertEquals("rtl", html.getDomAttribute("dir"));
        String signed = browser.find(By.id("signed")).getText();
        assertTrue(signed.startsWith("۲۱ مرداد ۱۳۹۷") && signed.contains("12 August 2018"), signed);
        int width = browser.driver().manage().window().getSize().getWidth();
        WebElement brand = browser.find(By.cssSelector(".archive-brand"));
        assertTrue(brand.getRect().getX() > width / 2, "in Persian the archive's name and menu start on the right: " + brand.getRect());
        assertTrue(browser.find(By.id("mainNav")).getText().contains("موافقت‌نامه‌ها"));
        browser.screenshot("language-fa-record");
        browser.open(base + "agreements/search.xhtml?q=seabed");
        assertTrue(browser.find(By.id("results:hits:total")).getText().contains("یافت شد"), browser.find(By.id("results:hits:total")).getText());
        assertTrue(browser.find(By.id("facet-party")).getText().contains("جمهوری قزاقستان"),
                "the party facet in Persian: " + browser.find(By.id("facet-party")).getText());
        browser.screenshot("language-fa-search");

        browser.clickAndWaitForPage(By.id("lang-en"));
        browser.open(base + "agreements/list.xhtml");
        assertEquals("Agreements", browser.find(By.tagName("h1")).getText(), "and back to English, remembered");
        browser.driver().manage().deleteAllCookies();
    }

    /** A state's page: its agreements with its own terms, what it signed with a second state, its predecessors' agreements marked. */
    @Test
    void aReaderFollowsAStateToItsAgreementsAndToWhatItSignedWithAnother() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "parties/list.xhtml");
        browser.clickAndWaitForPage(By.linkText("Republic of Kazakhstan"));
        assertEquals("Republic of Kazakhstan KZ", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.find(By.id("names")).getText().contains("Қазақстан Республикасы"), browser.find(By.id("names")).getText());
        String rows = browser.find(By.id("results:agreements")).getText();
        assertTrue(rows.contains("Aktau Convention") && rows.contains("Tehran Convention") && rows.contains("12 August 2018"), rows);
        browser.screenshot("party-kazakhstan");

        browser.driver().manage().deleteAllCookies(); // whatever came before, so that the party page is seen to open none
        new Select(browser.find(By.id("filters:other"))).selectByValue("AZ");
        browser.clickAndWaitForPage(By.id("filters:apply"));
        assertTrue(browser.driver().getCurrentUrl().contains("other=AZ"), "the view is a link: " + browser.driver().getCurrentUrl());
        assertEquals(null, browser.driver().manage().getCookieNamed("JSESSIONID"), "the party page and its form keep no session for a reader");
        assertEquals("Republic of Kazakhstan KZ and Republic of Azerbaijan", browser.find(By.tagName("h1")).getText());
        rows = browser.find(By.id("results:agreements")).getText();
        for (String both : List.of("Azerbaijan–Kazakhstan Seabed Agreement (2001)", "Additional Protocol to the 2001 Seabed Agreement",
                "Caspian Seabed Junction Point Agreement")) {
            assertTrue(rows.contains(both), both + " in " + rows);
        }
        assertTrue(!rows.contains("Treaty of Turkmenchay"), rows);
        browser.screenshot("party-kazakhstan-and-azerbaijan");

        // The 2001 agreement's lineage: drawn, and said in text beside the drawing.
        browser.clickAndWaitForPage(By.linkText("Azerbaijan–Kazakhstan Seabed Agreement (2001)"));
        WebElement graph = browser.find(By.id("relationGraph"));
        browser.waitUntil(driver -> graph.getDomAttribute("data-drawn") != null);
        assertEquals("3", graph.getDomAttribute("data-drawn"), "the agreement, its protocol and the junction agreement");
        String lineage = browser.find(By.id("lineageList")).getText();
        assertTrue(lineage.contains("Additional Protocol to the 2001 Seabed Agreement (2003) supplements Azerbaijan–Kazakhstan Seabed Agreement (2001)"),
                lineage);
        String lifecycle = browser.find(By.id("lifecycle")).getText();
        assertTrue(lifecycle.startsWith("29 November 2001") && lifecycle.contains("27 February 2003")
                && lifecycle.contains("supplemented by Additional Protocol to the 2001 Seabed Agreement"), "its life in order: " + lifecycle);
        browser.screenshot("record-lineage");

        browser.open(base + "parties/view.xhtml?code=IR");
        assertTrue(browser.find(By.id("predecessors")).getText().contains("Persia (Qajar state)"));
        rows = browser.find(By.id("results:agreements")).getText();
        assertTrue(rows.contains("Treaty of Turkmenchay") && rows.contains("as Persia (Qajar state)"), "marked as Persia's: " + rows);
        browser.screenshot("party-iran");
        browser.clickAndWaitForPage(By.id("predecessorsSwitch"));
        assertTrue(!browser.find(By.id("results:agreements")).getText().contains("Treaty of Turkmenchay"), "hidden on request");
        browser.clickAndWaitForPage(By.linkText("AGR-2018-0001"));
        assertEquals("AGR-2018-0001", browser.find(By.cssSelector("h1 .archive-reference")).getText(), "a row opens the record");
    }

    /** The timeline from Turkmenchay to Aktau, and down to one day: the three Astrakhan agreements of 29 September 2014. */
    @Test
    void aReaderZoomsTheTimelineToTheDayOfTheAstrakhanSummit() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base.toString());
        browser.clickAndWaitForPage(By.id("timelineLink"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#axis\\:timeline .vis-item.vis-box")).size() >= 19);
        List<String> inOrder = browser.driver().findElements(By.cssSelector("#timelineList li")).stream().map(WebElement::getText).toList();
        assertTrue(inOrder.get(0).startsWith("22 February 1828") && inOrder.get(0).contains("Treaty of Turkmenchay"), inOrder.get(0));
        browser.waitUntil(driver -> driver.findElement(By.cssSelector("#axis\\:timeline .vis-timeline")).isDisplayed());
        browser.waitForAnimations();
        browser.screenshot("timeline");

        new Select(browser.find(By.id("filters:event"))).selectByValue("Fourth Caspian Summit");
        browser.clickAndWaitForPage(By.id("filters:apply"));
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#axis\\:timeline .vis-item.vis-box")).size() == 3);
        inOrder = browser.driver().findElements(By.cssSelector("#timelineList li")).stream().map(WebElement::getText).toList();
        assertEquals(3, inOrder.size(), inOrder.toString());
        inOrder.forEach(item -> assertTrue(item.startsWith("29 September 2014"), item));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#axis\\:timeline .vis-item.vis-background.archive-summit")).size(),
                "the summit is marked behind them");
        browser.waitForAnimations();
        browser.screenshot("timeline-astrakhan");

        // Years of signature narrow a choice too large to draw: the agreements of 2014 to 2018 alone, from the form into the link.
        browser.open(base + "agreements/timeline.xhtml");
        browser.type("filters:from", "2014");
        browser.type("filters:to", "2018");
        browser.clickAndWaitForPage(By.id("filters:apply"));
        assertTrue(browser.driver().getCurrentUrl().contains("from=2014") && browser.driver().getCurrentUrl().contains("to=2018"), "a view is a link");
        List<String> period = browser.driver().findElements(By.cssSelector("#timelineList li")).stream().map(WebElement::getText).toList();
        assertTrue(period.size() >= 4, "the Astrakhan agreements and the Aktau Convention: " + period);
        period.forEach(item -> assertTrue(item.matches("(?s).*\\b201[4-8]\\b.*"), "signed 2014-2018: " + item));
        assertTrue(period.stream().anyMatch(item -> item.startsWith("12 August 2018")), period.toString());
        browser.open(base + "agreements/timeline.xhtml?from=2018&to=2014");
        assertTrue(browser.find(By.id("messages")).getText().contains("is before its start"), "a reversed period is said, not ignored");

        browser.open(base + "agreements/timeline.xhtml?event=Fourth+Caspian+Summit");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#axis\\:timeline .vis-item.vis-box")).size() == 3);
        browser.click(By.cssSelector("#axis\\:timeline .vis-item.vis-box"));
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/agreements/view.xhtml?ref="));
        browser.waitForPage();
        assertTrue(browser.find(By.id("signed")).getText().startsWith("29 September 2014"), "a box opens its record");
    }

    private String searchTotal() {
        return browser.find(By.id("results:hits:total")).getText();
    }

    private List<String> hitReferences() {
        return browser.driver().findElements(By.cssSelector("#results\\:hits_data .archive-hit-title .archive-reference")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aReaderSearchesNarrowsByAFacetAndOpensAResult() {
        browser.open(base.toString());
        browser.clickAndWaitForPage(By.id("searchLink"));

        // Suggestions while typing: titles, and parties to narrow by.
        WebElement box = browser.find(By.id("searchForm:q_input"));
        box.sendKeys("seab");
        WebElement suggestions = browser.find(By.id("searchForm:q_panel"));
        browser.waitUntil(driver -> suggestions.getText().contains("Seabed"));
        assertTrue(suggestions.getText().contains("Caspian Seabed Junction Point Agreement"), suggestions.getText());
        box.sendKeys("ed");
        browser.clickAndWaitForPage(By.id("searchForm:search"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/search.xhtml?q=seabed"), "the words are in the URL: "
                + browser.driver().getCurrentUrl());
        assertEquals("4 agreements found", searchTotal());
        assertEquals(List.of("AGR-2001-0001", "AGR-2003-0002", "AGR-2003-0001"), hitReferences().subList(0, 3),
                "the seabed agreements before the convention that mentions the seabed");
        assertEquals("seabed", browser.find(By.cssSelector("#results\\:hits_data .archive-highlight em")).getText(),
                "the passage that matched, the word marked");
        assertEquals("3", browser.find(By.xpath("//ul[@id='facet-decade']/li[a[@data-value='2000']]/span")).getText());
        browser.screenshot("search-seabed");

        // A facet narrows, and the URL says so: it can be bookmarked and shared.
        browser.clickAndWaitForPage(By.cssSelector("#facet-kind a[data-value='ADDITIONAL_PROTOCOL']"));
        String shared = browser.driver().getCurrentUrl();
        assertTrue(shared.endsWith("/agreements/search.xhtml?q=seabed&kind=ADDITIONAL_PROTOCOL"), shared);
        assertEquals("1 agreement found", searchTotal());
        assertEquals(List.of("AGR-2003-0001"), hitReferences());
        assertTrue(browser.find(By.id("searchForm:chosen")).getText().contains("Kind: Additional protocol"));
        browser.screenshot("search-seabed-protocol");

        browser.clickAndWaitForPage(By.linkText("Additional Protocol to the 2001 Seabed Agreement"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("view.xhtml?ref=AGR-2003-0001"), browser.driver().getCurrentUrl());

        browser.open(shared);
        assertEquals(List.of("AGR-2003-0001"), hitReferences(), "the shared link gives the same search");
        browser.clickAndWaitForPage(By.cssSelector("#searchForm\\:chosen a"));
        assertEquals("4 agreements found", searchTotal(), "removing the chip lets go of the facet");
    }

    /** The search box's suggestions and choices come in requests of their own: the page keeps nothing of them, nor a session. */
    @Test
    void aPartyChosenFromTheSuggestionsNarrowsTheSearch() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "agreements/search.xhtml");
        WebElement box = browser.find(By.id("searchForm:q_input"));
        box.sendKeys("Turkmen");
        By party = By.cssSelector("#searchForm\\:q_panel li[data-item-label='Party: Turkmenistan (TM)']");
        browser.find(party);
        browser.clickAndWaitForPage(party);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/search.xhtml?party=TM"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("searchForm:chosen")).getText().contains("Party: Turkmenistan"));
        assertEquals(browser.find(By.xpath("//ul[@id='facet-party']/li[a[@data-value='TM']]/span")).getText() + " agreements found",
                searchTotal(), "every hit has Turkmenistan among its parties");

        // Words searched within the party chosen: the facet travels with the form.
        WebElement words = browser.find(By.id("searchForm:q_input"));
        words.sendKeys("caspian");
        browser.clickAndWaitForPage(By.id("searchForm:search"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/search.xhtml?q=caspian&party=TM"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("searchForm:chosen")).getText().contains("Party: Turkmenistan"));
        assertEquals(null, browser.driver().manage().getCookieNamed("JSESSIONID"), "the search keeps no session for a reader");
    }

    @Test
    void theApiPageShowsTheArchivesOwnDescription() {
        browser.open(base.toString());
        browser.clickAndWaitForPage(By.id("apiLink"));
        // Swagger UI, served by the archive, renders the operations of /openapi: the search among them.
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .anyMatch(path -> path.getText().endsWith("/api/agreements/export")));
        assertTrue(browser.driver().findElements(By.cssSelector(".opblock-summary-path")).size() > 30,
                "every operation is listed");
        browser.screenshot("api");
    }

    @Test
    void aMistypedSearchLinkSaysWhatIsWrong() {
        browser.open(base + "agreements/search.xhtml?decade=1995");
        assertTrue(browser.find(By.id("searchForm:searchMessages")).getText().contains("1995 is not one"),
                browser.find(By.id("searchForm:searchMessages")).getText());
    }

    @Test
    void anAdministratorRebuildsTheSearchIndexAndFollowsItsProgress() {
        signInAsAdministrator();
        browser.clickAndWaitForPage(By.id("adminLink"));
        browser.clickAndWaitForPage(By.id("users:searchIndex"));
        browser.click(By.id("index:rebuild"));
        browser.click(By.id("index:confirmRebuild"));
        browser.waitForAjax();
        browser.waitUntil(driver -> browser.find(By.id("summary")).getText().startsWith("Done"));
        String summary = browser.find(By.id("summary")).getText();
        assertTrue(summary.matches("Done, started by admin at .*: \\d+ agreements indexed by .*"), summary);
        assertEquals("100%", browser.find(By.cssSelector("#index\\:bar .ui-progressbar-label")).getText());
        browser.screenshot("admin-search-index");

        browser.open(base + "agreements/search.xhtml?q=warships");
        assertEquals("AGR-2018-0001", hitReferences().get(0), "the rebuilt index answers");
        browser.open(base + "agreements/search.xhtml");
        browser.clickAndWaitForPage(By.id("userMenu:signOut"));
    }

    @Test
    void aFilterWithAnImpossibleRangeSaysSoAndKeepsTheList() {
        browser.open(base + "agreements/list.xhtml");
        browser.find(By.id("filters:fromYear_input")).sendKeys("2010");
        browser.find(By.id("filters:toYear_input")).sendKeys("2001");
        browser.click(By.id("filters:apply"));
        browser.waitForAjax();
        String message = browser.find(By.cssSelector("#filters .ui-messages-error-summary")).getText();
        assertTrue(message.contains("is before its start"), message);
        assertEquals("1–19 of 19 agreements", pageReport(), "nothing was filtered by a refused range");
    }

    /**
     * Sorting, then filtering: the list keeps no state for an anonymous reader, so the sorted column
     * travels with the forms, and the filtered rows come in the order chosen, not the list's own.
     */
    @Test
    void sortingByTitleReordersTheRowsAndOutlivesANewFilter() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "agreements/list.xhtml?party=KZ");
        List<String> kazakhNewestFirst = references();
        browser.open(base + "agreements/list.xhtml");
        browser.click(By.xpath("//th[.//span[text()='Title']]"));
        browser.waitForAjax();
        browser.waitUntil(driver -> !references().isEmpty() && !references().get(0).equals("AGR-2018-0001"));
        List<String> titles = browser.driver().findElements(By.cssSelector("#results\\:agreements_data a.archive-title-link")).stream()
                .map(WebElement::getText).toList();
        assertTrue(titles.get(0).startsWith("Add"), "sorted by official title, ascending: " + titles);
        List<String> byTitle = references();

        browser.choose("filters:party", "Republic of Kazakhstan (KZ)");
        browser.click(By.id("filters:apply"));
        browser.waitForAjax();
        browser.waitUntil(driver -> references().size() == kazakhNewestFirst.size());
        List<String> kazakhByTitle = references();
        assertEquals(byTitle.stream().filter(kazakhByTitle::contains).toList(), kazakhByTitle, "still by title after the filter");
        assertFalse(kazakhByTitle.equals(kazakhNewestFirst), "not the list's own order: " + kazakhByTitle);
        assertEquals("ascending", browser.find(By.xpath("//th[.//span[text()='Title']]")).getDomAttribute("aria-sort"), "and the header says so");
        assertEquals(null, browser.driver().manage().getCookieNamed("JSESSIONID"), "the list keeps no session for a reader");
    }

    @Test
    void aUserSignsInWithANewSessionAndSignsOut() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "agreements/list.xhtml");
        String anonymousSession = browser.driver().manage().getCookieNamed("JSESSIONID") == null ? null
                : browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        browser.clickAndWaitForPage(By.id("signInLink"));
        browser.find(By.id("login:username")).sendKeys("admin");
        browser.find(By.id("login:password")).sendKeys("not the password");
        browser.clickAndWaitForPage(By.id("login:signIn"));
        String refusal = browser.find(By.cssSelector("#login .ui-messages-error-summary")).getText();
        assertTrue(refusal.startsWith("Sign-in failed"), refusal);
        browser.screenshot("sign-in-refused");

        browser.find(By.id("login:username")).clear();
        browser.find(By.id("login:username")).sendKeys("admin");
        browser.find(By.id("login:password")).sendKeys(ApiClient.ADMIN_PASSWORD);
        browser.clickAndWaitForPage(By.id("login:signIn"));
        assertEquals("admin", browser.find(By.id("signedInAs")).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/list.xhtml"), browser.driver().getCurrentUrl());
        String signedInSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertTrue(!signedInSession.equals(anonymousSession), "the session id changes at sign-in");

        browser.clickAndWaitForPage(By.id("userMenu:signOut"));
        assertTrue(browser.driver().findElements(By.id("signedInAs")).isEmpty());
        assertEquals("Sign in", browser.find(By.id("signInLink")).getText());
    }

    @Test
    void aProtectedPageAsksForSignInAndReturnsThere() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "account/password.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/account/login.xhtml?next="), browser.driver().getCurrentUrl());
        browser.find(By.id("login:username")).sendKeys("admin");
        browser.find(By.id("login:password")).sendKeys(ApiClient.ADMIN_PASSWORD);
        browser.clickAndWaitForPage(By.id("login:signIn"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl());
        browser.screenshot("change-password");
        browser.clickAndWaitForPage(By.id("userMenu:signOut"));
    }

    private void signInAsAdministrator() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "account/login.xhtml");
        browser.find(By.id("login:username")).sendKeys("admin");
        browser.find(By.id("login:password")).sendKeys(ApiClient.ADMIN_PASSWORD);
        browser.clickAndWaitForPage(By.id("login:signIn"));
    }

    @Test
    void anAdministratorCreatesAUserAndGivesThemARole() {
        signInAsAdministrator();
        browser.clickAndWaitForPage(By.id("adminLink"));
        String username = "clerk" + System.nanoTime() % 1_000_000;

        browser.clickAndWaitForPage(By.id("users:create"));
        browser.find(By.id("user:username")).sendKeys(username);
        browser.find(By.id("user:displayName")).sendKeys("Clerk of the Treaty Section");
        browser.find(By.id("user:password")).sendKeys("short");
        browser.clickAndWaitForPage(By.id("user:save"));
        String refusal = browser.find(By.cssSelector("[id='user:password'] ~ .ui-message-error, .ui-message-error")).getText();
        assertTrue(refusal.contains("at least 12 characters"), refusal);
        browser.screenshot("admin-create-user-refused");

        browser.find(By.id("user:password")).sendKeys("a long enough password");
        browser.clickAndWaitForPage(By.id("user:save"));
        assertTrue(browser.find(By.id("users:messages")).getText().contains("User " + username + " created"));
        browser.screenshot("admin-users");

        browser.clickAndWaitForPage(By.linkText(username));
        browser.click(By.xpath("//label[text()='Archivist']"));
        browser.clickAndWaitForPage(By.id("user:save"));
        WebElement row = browser.find(By.xpath("//tr[.//a[text()='" + username + "']]"));
        assertTrue(row.getText().contains("Archivist") && row.getText().contains("Reader"), row.getText());

        browser.open(base + "admin/security-log.xhtml");
        String log = browser.find(By.id("log:events")).getText();
        assertTrue(log.contains("ROLE_GRANTED") && log.contains(username), "the change is in the security log");
        browser.screenshot("admin-security-log");
        browser.clickAndWaitForPage(By.id("userMenu:signOut"));

        // The new user's first sign-in: the password an administrator chose must be replaced first.
        browser.open(base + "account/login.xhtml");
        browser.find(By.id("login:username")).sendKeys(username);
        browser.find(By.id("login:password")).sendKeys("a long enough password");
        browser.clickAndWaitForPage(By.id("login:signIn"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl());
        browser.open(base + "agreements/list.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"), "no way around it: " + browser.driver().getCurrentUrl());
        browser.find(By.id("password:current")).sendKeys("a long enough password");
        browser.find(By.id("password:replacement")).sendKeys("my very own passphrase");
        browser.find(By.id("password:confirmation")).sendKeys("my very own passphrase");
        browser.clickAndWaitForPage(By.id("password:change"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/agreements/list.xhtml"), browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("filters:filterMessages")).getText().contains("Your password was changed."));
        browser.clickAndWaitForPage(By.id("userMenu:signOut"));
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRole() {
        signInAsAdministrator();
        browser.open(base + "admin/users/edit.xhtml?username=admin");
        browser.click(By.xpath("//label[text()='Administrator']"));
        browser.clickAndWaitForPage(By.id("user:save"));
        assertTrue(browser.find(By.cssSelector(".ui-message-error")).getText().contains("cannot remove your own administrator role"));
        browser.open(base + "admin/users/list.xhtml");
        WebElement row = browser.find(By.xpath("//tr[.//a[text()='admin']]"));
        assertTrue(row.getText().contains("Administrator"), "nothing was changed: " + row.getText());
        browser.clickAndWaitForPage(By.id("userMenu:signOut"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutSayingSo() throws Exception {
        String username = "lockme" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = api.call("POST", "api/users", "admin", ApiClient.ADMIN_PASSWORD, "{\"username\":\"" + username
                + "\",\"displayName\":\"Lock me\",\"roles\":[\"READER\"],\"password\":\"a long enough password\"}");
        assertEquals(201, created.statusCode(), created.body());

        browser.driver().manage().deleteAllCookies();
        browser.open(base + "account/login.xhtml");
        for (int attempt = 1; attempt <= 6; attempt++) {
            browser.find(By.id("login:username")).clear();
            browser.find(By.id("login:username")).sendKeys(username);
            browser.find(By.id("login:password")).sendKeys(attempt <= 5 ? "wrong password " + attempt : "a long enough password");
            browser.clickAndWaitForPage(By.id("login:signIn"));
            String message = browser.find(By.cssSelector("#login .ui-messages-error-summary")).getText();
            assertEquals("Sign-in failed: the user name or password is wrong, or the account is locked or disabled.", message,
                    "attempt " + attempt + " (the sixth has the right password, on a locked account)");
        }
        browser.screenshot("sign-in-locked");
    }
}
