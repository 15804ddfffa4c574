package cn.yiyang.ui;

import static cn.yiyang.ui.Journeys.decide;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * 一个窗口办理 in real Chromium: applicant1 applies through the wizard (no medical part) → window1 accepts → the
 * departments review on their own tracks (two of them, planning1 and fire1, seen in the applicant's track view while
 * the others are still reviewing) → window1 delivers all results at once → applicant1 downloads the 办理结果告知书.
 */
@IntegrationTest
class SingleWindowJourneyTest extends ChromiumJourney {

    static final String INSTITUTION = "芒市福康医养结合中心";

    @Test
    void applicant_applies_once_the_window_accepts_departments_approve_on_their_tracks_and_the_window_delivers_all() throws Exception {
        Page applicant = chromium.logIn(base(), "applicant1");
        String caseNo = apply(applicant);

        Page window = chromium.logIn(base(), "window1");
        open(window, caseNo, "窗口受理");
        decide(window, "受理", () -> { });

        approve("planning1", caseNo);
        approve("fire1", caseNo);
        applicant.navigate(base() + "cases/" + caseNo);
        Locator tracks = applicant.locator("#sw-track-grid");
        assertThat(tracks).containsText("自然资源和规划局");
        assertThat(tracks).containsText("不涉及");
        assertThat(tracks).containsText("审查中");
        assertThat(tracks).containsText("同意");

        approve("civil1", caseNo);
        approve("construction1", caseNo);
        open(window, caseNo, "统一出件");
        decide(window, "送达", () -> { });

        applicant.navigate(base() + "cases/" + caseNo);
        assertThat(applicant.locator("#sw-track-grid")).not().containsText("审查中");
        Locator result = applicant.locator("a[data-kind='RESULT_NOTICE']");
        assertThat(result).isVisible();
        Download download = applicant.waitForDownload(result::click);
        assertThat(pdfText(download)).contains("办理结果告知书", "消防救援大队", "住房和城乡建设局");
    }

    private void approve(String username, String caseNo) {
        Page page = chromium.logIn(base(), username);
        open(page, caseNo, "部门审查");
        decide(page, "批准/同意", () -> page.locator("#task-panel vaadin-text-area textarea").fill("符合要求"));
    }

    /** The wizard from 我的申请: a new build with 120 beds, no medical part → draft → the one set of materials → submit. */
    private String apply(Page page) {
        page.navigate(base() + "my-cases");
        page.locator("#new-single-window").click();
        page.waitForURL(u -> u.endsWith("/single-window"));
        page.locator("#sw-institution-name input").fill(INSTITUTION);
        page.locator("#sw-credit-code input").fill(TestData.creditCode());
        page.locator("#sw-beds input").fill("120");
        page.locator("#sw-save").click();
        page.waitForURL(u -> u.contains("/single-window/"));
        String caseNo = page.url().substring(page.url().lastIndexOf('/') + 1);
        Journeys.uploadAll(page);
        page.locator("#submit-application").click();
        page.waitForURL(u -> u.contains("/cases/" + caseNo));
        return caseNo;
    }

    private void open(Page page, String caseNo, String step) {
        page.navigate(base() + "cases/" + caseNo);
        assertThat(page.locator("#task-panel")).containsText(step);
    }
}
