package cn.yiyang.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys in real Chromium (Debian's), against the product on a random port. */
@IntegrationTest
class BrowserJourneyTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired CaseService cases;
    @Autowired Users users;
    @Autowired RepositoryService repository;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void logIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
    }

    private CaseInfo caseWaitingForHealth() {
        repository.createDeployment().name("ui-journey").enableDuplicateFiltering(true)
                .addString("ui-journey.bpmn", JourneyProcess.XML).deploy();
        CurrentUser applicant = users.get("applicant1");
        CaseInfo draft = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院",
                "内设医务室备案");
        return cases.submit(applicant, draft.id(), JourneyProcess.KEY, CaseStatus.PENDING_ACCEPTANCE, Map.of());
    }

    @Test
    void applicant_lands_on_my_cases_and_reviewer_on_the_inbox_in_chinese_by_default() throws Exception {
        CaseInfo c = caseWaitingForHealth();
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1024, 768).setLocale("en-US"));

        logIn(page, "applicant1");
        page.waitForURL(u -> u.contains("/my-cases"));
        assertThat(page.locator("h2")).hasText("我的申请");
        assertThat(page.locator("#case-grid")).containsText(c.caseNo());
        assertThat(page.locator("vaadin-side-nav-item[path^='admin']")).hasCount(0);

        page.locator("vaadin-button:has-text('退出')").click();
        assertThat(page.locator("input[name='username']")).isVisible();

        logIn(page, "health1");
        page.waitForURL(u -> u.contains("/inbox"));
        assertThat(page.locator("h2")).hasText("待办");
        page.locator("vaadin-tab:has-text('部门待领')").click();
        // the department's queue holds the other tests' tasks too, red ones first: find this case as a reviewer would
        page.locator("input[placeholder='案件编号、申请人…']").fill(c.caseNo());
        assertThat(page.locator("#inbox-grid")).containsText(c.caseNo());
        Chromium.screenshot(page, "inbox.png");

        page.navigate(url("cases/" + c.caseNo()));
        assertThat(page.locator("#task-panel")).containsText("受理审查");
        Locator diagram = page.locator("#bpmn-diagram");
        assertThat(diagram).hasAttribute("data-rendered", "true");
        assertThat(diagram.locator(".current-step")).hasCount(1);
        page.setViewportSize(1024, 1400); // the case view scrolls inside the layout: a tall window shows all of it
        Chromium.screenshot(page, "test-case.png");
        assertThat(Files.size(Chromium.SCREENSHOTS.resolve("test-case.png"))).isPositive();
    }

    @Test
    void admin_opens_every_admin_view_and_switches_to_english() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(768, 1024).setLocale("zh-CN"));
        List<String> pageErrors = new java.util.ArrayList<>();
        page.onPageError(pageErrors::add);
        logIn(page, "admin");
        page.waitForURL(u -> u.contains("/inbox"));

        page.navigate(url("admin/accounts"));
        assertThat(page.locator("#account-grid")).containsText("admin");
        page.locator("vaadin-text-field input").first().fill("health1"); // the other tests' accounts are listed too
        assertThat(page.locator("#account-grid")).containsText("health1");
        page.locator("vaadin-button:has-text('新增账号')").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("所属机构");
        page.keyboard().press("Escape");

        page.navigate(url("admin/calendar"));
        assertThat(page.locator("#holiday-grid")).containsText("元旦");

        page.navigate(url("admin/audit"));
        page.locator("#audit-verify").click();
        assertThat(page.locator("#audit-result")).containsText("条链");

        page.navigate(url("institutions"));
        page.locator("vaadin-text-field input").first().fill("芒市中心敬老院");
        assertThat(page.locator("#institution-grid")).containsText("芒市中心敬老院");

        page.locator("vaadin-button:has-text('English')").click();
        assertThat(page.locator("h2")).hasText("Registry");
        assertThat(page.locator("vaadin-side-nav-item[path='admin/audit']")).containsText("Audit");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void cockpit_opens_for_the_admin_on_the_product_login_and_is_refused_to_everyone_else() {
        Page admin = chromium.logIn("http://localhost:" + port + "/", "admin");
        com.microsoft.playwright.Response cockpit = admin.navigate(url("camunda/app/cockpit/default/"));
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(admin.locator("body")).not().containsText("Username", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        com.microsoft.playwright.APIResponse user = admin.request().get(url("camunda/api/admin/auth/user/default"));
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.text()).contains("\"userId\":\"admin\"");

        Page reviewer = chromium.logIn("http://localhost:" + port + "/", "health1");
        assertThat(reviewer.navigate(url("camunda/app/cockpit/default/")).status()).isEqualTo(403);
        assertThat(reviewer.request().get(url("engine-rest/task")).status()).isIn(401, 403);
    }
}
