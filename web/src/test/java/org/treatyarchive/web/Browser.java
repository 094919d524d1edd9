package org.treatyarchive.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * A real headless Chromium, the Debian packages {@code chromium} and {@code chromium-driver}, never a
 * downloaded browser. Knows how to wait for PrimeFaces' AJAX queue and where to put screenshots.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, as .ci/run does.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The flags the machine notes prescribe: this network is closed, and background traffic is refused.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en");
        // A form left with unsaved changes asks before the page goes; tests that leave on purpose say yes.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A PrimeFaces update replaces elements between finding one and reading it: look again, do not fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    public void open(String url) {
        driver.get(url);
        waitForPage();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that navigates, and waits for the new page. */
    public void clickAndWaitForPage(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        click(by);
        wait.until(browser -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (newer Chromium) "node does not belong to the document": the old page is gone either way.
                return true;
            }
        });
        waitForPage();
    }

    /** Chooses an option of a PrimeFaces selectOneMenu by its visible label. */
    public void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        // A click that lands while the panel is still settling is lost now and then on a loaded
        // machine (the label stays as it was); open the menu and choose again, a few times at most.
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElements(By.cssSelector(css + "_panel")).stream().anyMatch(WebElement::isDisplayed)) {
                click(By.cssSelector(css + " .ui-selectonemenu-trigger"));
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css + "_panel")));
            waitForAnimations();
            WebElement item = find(By.cssSelector(css + "_items li[data-label='" + label + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            item.click();
            try {
                // The choice is made when the menu shows it and its panel has closed; only then is the next click safe.
                new WebDriverWait(driver, Duration.ofSeconds(attempt < 3 ? 5 : 20)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBe(By.cssSelector(css + "_label"), label));
                break;
            } catch (org.openqa.selenium.TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css + "_panel")));
        waitForAjax();
    }

    /** Types into a PrimeFaces autoComplete and picks the suggestion with the given value. */
    public void autoComplete(String id, String typed, String value) {
        String css = "#" + id.replace(":", "\\:");
        WebElement input = find(By.cssSelector(css + "_input"));
        input.clear();
        input.sendKeys(typed);
        click(By.cssSelector(css + "_panel li[data-item-value='" + value + "']"));
        waitForAjax();
    }

    /** Replaces the text of an input or text area. */
    public void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public String value(String id) {
        return find(By.id(id)).getDomProperty("value");
    }

    /** The error PrimeFaces shows with an input: the {@code p:message} in the same field box. */
    public String errorAt(String id) {
        return find(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'archive-field')][1]"
                + "//div[contains(@class,'ui-message-error')]")).getText();
    }

    public void waitForPage() {
        wait.until(browser -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
        waitForAjax();
    }

    /** PrimeFaces sends AJAX requests through a queue; empty means every response has been applied. */
    public void waitForAjax() {
        wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** A click during PrimeFaces' panel animations can land beside its target; wait until jQuery animates nothing. */
    public void waitForAnimations() {
        wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !window.jQuery || jQuery(':animated').length === 0;")));
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    public WebDriver driver() {
        return driver;
    }

    private static String axe;

    /**
     * What axe-core (Deque's accessibility rules, the script carried by {@code com.deque.html.axe-core:selenium})
     * finds against WCAG 2.0 and 2.1, levels A and AA, on the page as it stands: one line per violation
     * with the elements it concerns (their selector and the start of their HTML); empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(axeScript());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' ' + n.html.substring(0, 160); }).join(', '); })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) found;
    }

    private static synchronized String axeScript() {
        if (axe == null) {
            try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return axe;
    }

    /** How many pixels the page is wider than the window: anything above zero scrolls sideways. */
    public long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;")).longValue();
    }

    /** The window's size, as a phone (400) or a desktop (1366) would have it. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * Signs in, replacing the password the administrator chose where the archive asks for that at the
     * first sign-in.
     *
     * @return the user's password afterwards
     */
    public String signIn(String base, String username, String password, String replacement) {
        driver.manage().deleteAllCookies();
        open(base + "account/login.xhtml");
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password);
        clickAndWaitForPage(By.id("login:signIn"));
        String now = password;
        if (driver.getCurrentUrl().endsWith("/account/password.xhtml")) {
            find(By.id("password:current")).sendKeys(password);
            find(By.id("password:replacement")).sendKeys(replacement);
            find(By.id("password:confirmation")).sendKeys(replacement);
            clickAndWaitForPage(By.id("password:change"));
            now = replacement;
        }
        if (!username.equals(find(By.id("signedInAs")).getText())) {
            throw new AssertionError(username + " is not signed in; the page shows " + driver.getCurrentUrl());
        }
        return now;
    }

    /** Saves what the browser shows into target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
