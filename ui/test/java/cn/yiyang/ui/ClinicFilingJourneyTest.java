package cn.yiyang.ui;

import static cn.yiyang.ui.Journeys.decide;
import static cn.yiyang.ui.Journeys.upload;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The in-house clinic filing in real Chromium: applicant1 files → health1 asks for a supplement → applicant1
 * supplements → health1 accepts and registers → health-lead signs → applicant1 downloads the 备案凭证, whose text
 * names the clinic.
 */
@IntegrationTest
class ClinicFilingJourneyTest extends ChromiumJourney {

    static final String CLINIC = "中心敬老院康复医务室";

    @Test
    void applicant_files_reviewer_asks_for_a_supplement_then_registers_and_applicant_downloads_the_receipt()
            throws Exception {
        Page applicant = chromium.logIn(base(), "applicant1");
        String caseNo = fileInfirmary(applicant);

        Page reviewer = chromium.logIn(base(), "health1");
        reviewer.navigate(base() + "cases/" + caseNo);
        reviewer.setViewportSize(1280, 2000);
        assertThat(reviewer.locator("#bpmn-diagram")).hasAttribute("data-rendered", "true");
        Chromium.screenshot(reviewer, "case.png");
        decide(reviewer, "补正", () -> {
            reviewer.locator("vaadin-checkbox[data-material='FLOOR_PLAN']").click();
            reviewer.locator(".completeness-checklist vaadin-text-field:not([disabled]) input").fill("平面图未标注医务室位置");
        });

        applicant.navigate(base() + "cases/" + caseNo);
        assertThat(applicant.locator(".applicant-actions")).containsText("平面图未标注医务室位置");
        upload(applicant, "FLOOR_PLAN");
        applicant.locator("#answer-supplement").click();
        assertThat(applicant.locator(".applicant-actions")).hasCount(0, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasCountOptions().setTimeout(15000));

        reviewer.navigate(base() + "cases/" + caseNo);
        decide(reviewer, "受理", () -> { });
        reviewer.navigate(base() + "cases/" + caseNo);
        assertThat(reviewer.locator("#task-panel")).containsText("登记备案");
        decide(reviewer, "批准/同意", () -> { });

        Page lead = chromium.logIn(base(), "health-lead");
        lead.navigate(base() + "cases/" + caseNo);
        assertThat(lead.locator("#task-panel")).containsText("负责人签发");
        decide(lead, "批准/同意", () -> { });

        applicant.navigate(base() + "cases/" + caseNo);
        Locator receipt = applicant.locator("a[data-kind='FILING_RECEIPT']");
        assertThat(receipt).isVisible();
        Chromium.screenshot(applicant, "filing-registered.png");
        Download download = applicant.waitForDownload(receipt::click);
        assertThat(pdfText(download)).contains(CLINIC).contains("备案凭证");
    }

    /** The wizard: clinic, head and staff → draft → every required material → submit. */
    private String fileInfirmary(Page page) {
        page.locator("#new-filing").click();
        page.waitForURL(u -> u.endsWith("/filing"));
        page.locator("#filing-clinicName input").fill(CLINIC);
        page.locator("#filing-openingDate input").fill(LocalDate.now().plusMonths(2).toString());
        page.locator("#filing-openingDate input").press("Enter");
        page.locator("#filing-services textarea").fill("内科、康复医学");
        page.locator("#filing-head-name input").fill("杨医生");
        page.locator("#filing-head-idNumber input").fill("11010519491231002X");
        page.locator("#filing-head-qualificationNo input").fill("110533103000123");
        page.locator("#staff-0-name input").fill("赵护士");
        page.locator("#staff-0-idNumber input").fill("440524188001010014");
        page.locator("#staff-0-certificateNo input").fill("201953310300045");
        page.locator("vaadin-button:has-text('保存草稿')").click();
        page.waitForURL(u -> u.contains("/filing/NSBA-"));
        String caseNo = page.url().substring(page.url().lastIndexOf('/') + 1);
        Journeys.uploadAll(page);
        page.locator("vaadin-button:has-text('提交备案')").click();
        page.waitForURL(u -> u.contains("/cases/" + caseNo));
        return caseNo;
    }
}
