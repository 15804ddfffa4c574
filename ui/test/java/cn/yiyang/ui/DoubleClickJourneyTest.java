package cn.yiyang.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.Filings;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A double click in real Chromium: the button that writes is disabled in the browser by the first click, while its
 * request is on its way (held here, as a slow county network would), so the second click sends nothing. One claim,
 * one completion, no error shown.
 */
@IntegrationTest
class DoubleClickJourneyTest extends ChromiumJourney {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_double_click_on_claim_and_on_submit_claims_once_and_completes_once() {
        String caseNo = submittedFiling();
        Page reviewer = chromium.logIn(base(), "health1");
        reviewer.navigate(base() + "cases/" + caseNo);
        Locator panel = reviewer.locator("#task-panel");

        Locator claim = panel.locator("vaadin-button.claim");
        clickAndHoldTheRequest(reviewer, claim);
        assertThat(claim.isDisabled()).as("认领 disabled while its request runs").isTrue();
        claim.click(new Locator.ClickOptions().setForce(true)); // the second click of a double click
        releaseTheRequest(reviewer);
        assertThat(claim).isHidden();

        panel.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("受理").setExact(true)).check();
        Locator submit = panel.locator("vaadin-button:has-text('提交')").last();
        clickAndHoldTheRequest(reviewer, submit);
        assertThat(submit.isDisabled()).as("提交 disabled while its request runs").isTrue();
        submit.click(new Locator.ClickOptions().setForce(true));
        releaseTheRequest(reviewer);
        reviewer.waitForURL(u -> u.contains("/inbox"));

        assertThat(reviewer.locator(".problem-notification")).hasCount(0);
        assertThat(audited(caseNo, "TASK_CLAIMED")).isEqualTo(1);
        assertThat(audited(caseNo, "TASK_COMPLETED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from case_file where case_no = ?", String.class, caseNo))
                .isEqualTo("ACCEPTED");
    }

    private final List<Route> held = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Clicks, and keeps the click's request to the server from leaving until {@link #releaseTheRequest}. */
    private void clickAndHoldTheRequest(Page page, Locator button) {
        assertThat(button).isEnabled(new com.microsoft.playwright.assertions.LocatorAssertions.IsEnabledOptions()
                .setTimeout(30_000));
        page.route(url -> url.contains("v-r=uidl"), held::add);
        button.click();
        page.waitForCondition(() -> !held.isEmpty());
    }

    private void releaseTheRequest(Page page) {
        page.unrouteAll();
        held.forEach(Route::resume);
        held.clear();
    }

    private int audited(String caseNo, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry a join case_file c on c.id = a.case_id"
                + " where c.case_no = ? and a.action = ?", Integer.class, caseNo, action);
    }

    private String submittedFiling() {
        return Filings.submitted(new Api(port), data.applicantOf(InstitutionType.ELDERLY_CARE).username(), "双击测试医务室");
    }
}
