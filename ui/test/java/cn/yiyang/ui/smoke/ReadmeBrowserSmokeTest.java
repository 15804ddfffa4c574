package cn.yiyang.ui.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run in real Chromium (Debian's, at /usr/bin/chromium): every demo account logs in through the login
 * form, every entry of every role's side menu opens, one case of every matter opens, the public pages open; on none
 * of them an error in the browser console, an uncaught script error, an error notification or Vaadin's
 * "Internal error".
 */
class ReadmeBrowserSmokeTest {

    static final int MIN_MENU_ENTRIES_PER_ROLE = 5;
    static final int MIN_ROLES = 8;
    static final int MIN_MATTERS = 6;
    static final int MIN_PUBLIC_ENTRIES = 4;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** What a broken page shows: Vaadin's system error, its navigation error pages, the UI's own error text. */
    static final List<String> ERROR_TEXTS = List.of("Internal error", "There was an exception while trying to navigate",
            "Could not navigate to", "Whitelabel Error Page", "操作未能完成", "Session expired");

    static final String base = SmokeTarget.baseUrl();
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Chromium is missing at " + CHROMIUM + " (apt-get install -y chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
    }

    @Test
    void every_demo_account_logs_in_through_the_form_and_every_menu_entry_of_its_role_opens_without_an_error() {
        List<String> accounts = SmokeTarget.demoAccounts();
        Map<String, List<String>> menus = new LinkedHashMap<>(); // role(s) as the header shows them → menu paths
        List<String> problems = new ArrayList<>();
        int loggedIn = 0;
        int opened = 0;
        for (String account : accounts) {
            try (Watched w = new Watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)))) {
                Page page = w.page;
                page.navigate(base + "/login");
                page.locator("input[name='username']").fill(account);
                page.locator("input[name='password']").fill("demo");
                page.locator("input[name='password']").press("Enter");
                page.waitForURL(u -> !u.contains("/login"));
                settle(page);
                String who = page.locator(".current-user").innerText();
                assertThat(who).as("header of " + account).isNotBlank();
                loggedIn++;
                w.check(account + " after login", problems);
                List<String> paths = page.locator("vaadin-side-nav-item[path]").all().stream()
                        .map(i -> i.getAttribute("path")).toList();
                String role = who.substring(who.lastIndexOf('（')) + " " + paths;
                if (menus.containsKey(role)) {
                    continue; // this role's menu was walked with an earlier account
                }
                menus.put(role, paths);
                for (String path : paths) {
                    open(w, base + "/" + path, account + " " + role + " → " + path, problems);
                    opened++;
                }
            }
        }
        SmokeTarget.count("accounts.ui", loggedIn);
        SmokeTarget.count("menus.roles", menus.size());
        SmokeTarget.count("menus.opened", opened);
        SmokeTarget.noProblems("pages showed an error", problems);
        assertThat(loggedIn).as("accounts logged in through the form").isEqualTo(accounts.size());
        assertThat(menus).as("distinct roles' menus").hasSizeGreaterThanOrEqualTo(MIN_ROLES);
        menus.forEach((role, paths) -> assertThat(paths).as("menu of " + role)
                .hasSizeGreaterThanOrEqualTo(MIN_MENU_ENTRIES_PER_ROLE));
    }

    @Test
    void one_case_of_every_matter_opens_on_its_case_page_without_an_error() {
        SmokeHttp api = new SmokeHttp(base);
        Map<String, String> byMatter = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            SmokeHttp.Response r = api.get("admin", "/api/v1/cases?size=200&page=" + page);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode items = r.json().get("items");
            items.forEach(c -> byMatter.putIfAbsent(c.get("matter").asText(), c.get("caseNo").asText()));
            if (items.size() < 200) {
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        try (Watched w = new Watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1400)))) {
            logIn(w.page, "admin");
            for (Map.Entry<String, String> c : byMatter.entrySet()) {
                open(w, base + "/cases/" + c.getValue(), c.getKey() + " " + c.getValue(), problems);
                if (!w.page.locator("body").innerText().contains(c.getValue())) {
                    problems.add(c.getKey() + " " + c.getValue() + ": the case page does not show its number");
                }
            }
        }
        SmokeTarget.count("cases.opened", byMatter.size());
        SmokeTarget.count("cases.matters", byMatter.keySet());
        SmokeTarget.noProblems("case pages showed an error", problems);
        assertThat(byMatter).as("matters with a case").hasSizeGreaterThanOrEqualTo(MIN_MATTERS);
    }

    @Test
    void every_public_page_opens_for_a_visitor_without_an_error() {
        List<String> problems = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        try (Watched w = new Watched(browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)))) {
            open(w, base + "/public/registry", "anonymous → public/registry", problems);
            w.page.locator("vaadin-side-nav-item[path]").all().forEach(i -> paths.add(i.getAttribute("path")));
            for (String path : paths) {
                open(w, base + "/" + path, "anonymous → " + path, problems);
            }
        }
        SmokeTarget.count("public.pages", paths.size());
        SmokeTarget.noProblems("public pages showed an error", problems);
        assertThat(paths).as("public menu").hasSizeGreaterThanOrEqualTo(MIN_PUBLIC_ENTRIES)
                .contains("public/registry", "public/progress", "public/inspections");
    }

    /** The watch itself can fail: a view that does not exist is reported, so a silent pass means clean pages. */
    @Test
    void the_error_watch_reports_a_page_that_fails() {
        List<String> problems = new ArrayList<>();
        try (Watched w = new Watched(browser.newContext())) {
            logIn(w.page, "admin");
            w.page.navigate(base + "/no-such-view-" + System.nanoTime());
            settle(w.page);
            w.check("unknown view", problems);
        }
        assertThat(problems).as("what the watch saw on an unknown view").hasSize(1);
        assertThat(problems.get(0)).contains("Could not navigate to");
    }

    private static void logIn(Page page, String account) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(account);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        settle(page);
    }

    private static void open(Watched w, String url, String what, List<String> problems) {
        Response r = w.page.navigate(url);
        if (r == null || r.status() >= 400) {
            problems.add(what + ": HTTP " + (r == null ? "no answer" : r.status()));
        }
        settle(w.page);
        w.check(what, problems);
    }

    /** Until Vaadin has rendered the view and has no request in flight (its own client's idea of "done"). */
    private static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForTimeout(100); // a grid or chart may ask for its data in a second round trip
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    /** A browser context whose page reports console errors, uncaught errors, error notifications, error texts. */
    static final class Watched implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final List<String> errors = new ArrayList<>();

        Watched(BrowserContext context) {
            this.context = context;
            this.page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add("console: " + m.text() + " at " + m.location());
                }
            });
            page.onPageError(e -> errors.add("page error: " + e));
        }

        void check(String what, List<String> problems) {
            int notifications = page.locator("vaadin-notification-card[theme~='error'], .problem-notification").count();
            if (notifications > 0) {
                errors.add("error notification: " + page.locator("vaadin-notification-card").allInnerTexts());
            }
            String body = page.locator("body").innerText();
            ERROR_TEXTS.stream().filter(body::contains).forEach(t -> errors.add("page shows \"" + t + "\""));
            if (!errors.isEmpty()) {
                problems.add(what + " (" + page.url() + "): " + String.join("; ", errors));
                screenshot(what);
                errors.clear();
            }
        }

        private void screenshot(String what) {
            try {
                Files.createDirectories(SmokeTarget.screenshots());
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SmokeTarget.screenshots().resolve(what.replaceAll("[^A-Za-z0-9_-]+", "_") + ".png")));
            } catch (Exception e) {
                problems(e);
            }
        }

        private static void problems(Exception e) {
            System.err.println("screenshot failed: " + e);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
