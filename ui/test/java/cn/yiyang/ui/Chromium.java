package cn.yiyang.ui;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser). Missing Chromium skips the browser tests with
 * a message, except under CI=true where it fails them.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    final Playwright playwright;
    final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    static Chromium launch() {
        // a 2-core machine running the whole suite renders a grid's first rows in seconds, not milliseconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        if (!Files.isExecutable(EXECUTABLE)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + EXECUTABLE + ": CI must install it (apt-get install -y chromium)");
            }
            Assumptions.abort("Chromium is missing at " + EXECUTABLE + " (apt-get install -y chromium): browser test skipped");
        }
        return new Chromium();
    }

    /** A fresh session (own cookies) logged in as one of the demo accounts. */
    Page logIn(String baseUrl, String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)
                .setAcceptDownloads(true)).newPage();
        page.navigate(baseUrl + "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** A fresh session of an anonymous visitor, with a phone-sized viewport (the public pages are read on phones). */
    Page anonymous() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
