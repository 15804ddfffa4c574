package cn.yiyang.ui;

import static cn.yiyang.ui.Journeys.decide;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * 两证合一 in real Chromium: applicant1 applies for a 护理院 through the wizard → health1 accepts → health1 reviews and
 * states the on-site days → health1 and health2 verify on site → health-lead extends once, then approves → health1
 * delivers → applicant1 downloads the 医疗机构执业许可证, whose text names the institution.
 */
@IntegrationTest
class LicenceJourneyTest extends ChromiumJourney {

    static final String INSTITUTION = "芒市中心敬老院康宁护理院";

    @Test
    void applicant_applies_two_verifiers_sign_the_leader_extends_then_approves_and_applicant_downloads_the_licence()
            throws Exception {
        Page applicant = chromium.logIn(base(), "applicant1");
        String caseNo = apply(applicant);

        Page health1 = chromium.logIn(base(), "health1");
        open(health1, caseNo, "受理审查");
        decide(health1, "受理", () -> { });
        open(health1, caseNo, "材料审查");
        decide(health1, "批准/同意", () -> health1.locator("#task-field-onsiteDays input").fill("3"));

        open(health1, caseNo, "现场核验");
        assertThat(health1.locator(".deadline .pauses")).containsText("现场核验");
        decide(health1, "已核实", () -> { });
        Page health2 = chromium.logIn(base(), "health2");
        open(health2, caseNo, "现场核验");
        decide(health2, "已核实", () -> { });

        Page lead = chromium.logIn(base(), "health-lead");
        open(lead, caseNo, "许可决定");
        decide(lead, "延期", () -> lead.locator("#task-panel vaadin-text-area textarea").fill("现场核验发现需补充消防验收意见"));
        open(lead, caseNo, "许可决定");
        assertThat(lead.locator(".deadline .extension")).containsText("现场核验发现需补充消防验收意见");
        assertThat(lead.locator(".deadline .deadline-limit")).containsText("30");
        lead.setViewportSize(1280, 1600);
        Chromium.screenshot(lead, "licence.png");
        decide(lead, "批准/同意", () -> { });

        open(health1, caseNo, "送达执业许可证");
        decide(health1, "送达", () -> { });

        applicant.navigate(base() + "cases/" + caseNo);
        Locator licence = applicant.locator("a[data-kind='PRACTICE_LICENCE']");
        assertThat(licence).isVisible();
        Download download = applicant.waitForDownload(licence::click);
        assertThat(pdfText(download)).contains(INSTITUTION);
    }

    /** The wizard from 我的申请: a 护理院 (the form's default kind, 未定级) with 60 beds → draft → every material → submit. */
    private String apply(Page page) {
        page.navigate(base() + "my-cases");
        page.locator("#new-licence").click();
        page.waitForURL(u -> u.endsWith("/licence"));
        page.locator("#licence-name input").fill(INSTITUTION);
        page.locator("#licence-beds input").fill("60");
        page.locator("#licence-registeredCapital input").fill("2000000.00");
        page.locator("#licence-legalRepresentative input").fill("杨荣海");
        page.locator("#licence-address input").fill("芒市勐焕街道团结大道 20 号");
        page.locator("#licence-departments textarea").fill("内科、康复医学科、临终关怀科");
        page.locator("vaadin-button:has-text('保存草稿')").click();
        page.waitForURL(u -> u.contains("/licence/"));
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
