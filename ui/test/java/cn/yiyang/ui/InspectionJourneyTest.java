package cn.yiyang.ui;

import static cn.yiyang.ui.Journeys.decide;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 双随机、一公开 in real Chromium: supervisor1 enters a plan in the editor → health-lead approves → supervisor1 draws →
 * the first drawn inspector fills the checklist with a FAIL and a photo → the second signs (责令限期整改) → the
 * institution answers with its report and evidence → the first inspector verifies → health-lead publishes → the result
 * is on the public page for a visitor who is not logged in.
 */
@IntegrationTest
class InspectionJourneyTest extends ChromiumJourney {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired InstitutionService institutions;
    @Autowired InspectionService inspections;
    @Autowired TestData data;
    @Autowired Users users;

    @Test
    void plan_approval_draw_two_inspectors_fail_rectification_verification_publication_then_public_logged_out() {
        String township = "旅程检查镇" + System.nanoTime() % 100000;
        Institution target = institutions.create(users.get("admin"), new InstitutionForm(township + "敬老院",
                TestData.creditCode(), InstitutionType.ELDERLY_CARE, township, null, 30, Ownership.PUBLIC,
                Profit.NON_PROFIT, false, null));
        CurrentUser applicant = data.applicantOf(target, null);

        Page supervisor = chromium.logIn(base(), "supervisor1");
        supervisor.navigate(base() + "inspection/plans/new");
        String name = "旅程抽查" + System.nanoTime();
        supervisor.locator("#plan-name input").fill(name);
        for (String item : java.util.List.of("为入住老年人提供医疗卫生服务", "开通预约就诊绿色通道")) {
            supervisor.locator("#plan-items").getByRole(AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName(item).setExact(true)).check();
        }
        // typing the exact township and Enter selects it (the combo box commits an item whose label matches)
        supervisor.locator("#plan-township input").pressSequentially(township);
        assertThat(supervisor.locator("vaadin-combo-box-overlay")).containsText(township);
        supervisor.locator("#plan-township input").press("Enter");
        assertThat(supervisor.locator("#plan-township")).hasAttribute("has-value", "");
        supervisor.locator("#plan-percent input").fill("100");
        supervisor.locator("#plan-submit").click();
        supervisor.waitForURL(u -> u.endsWith("/inspection/plans"));
        InspectionPlan plan = inspections.plans(users.get("supervisor1"), new PageRequest(0, 20)).items().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();

        Page lead = chromium.logIn(base(), "health-lead");
        open(lead, plan.caseNo(), "负责人审批抽查计划");
        decide(lead, "批准/同意", () -> { });

        supervisor.navigate(base() + "inspection/plans/" + plan.id() + "/draw");
        supervisor.locator("#draw-seed input").fill("2026");
        supervisor.locator("#draw-run").click();
        assertThat(supervisor.locator("#draw-targets")).containsText(target.name());
        Inspection inspection = inspections.inspections(users.get("supervisor1"), plan.id()).get(0);
        String caseNo = inspection.caseNo();

        Page first = chromium.logIn(base(), inspection.inspectorA());
        open(first, caseNo, "现场检查");
        Locator green = first.locator(".check-line[data-item='GREEN-CHANNEL']");
        green.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("现场.png", "image/png", PNG));
        assertThat(green.locator(".check-photos")).containsText("现场.png");
        decide(first, "提交检查表", () -> {
            result(first, "MED-SERVICE", "符合");
            result(first, "GREEN-CHANNEL", "不符合");
            first.locator("#note-GREEN-CHANNEL textarea").fill("未开通预约就诊绿色通道");
        });

        Page second = chromium.logIn(base(), inspection.inspectorB());
        open(second, caseNo, "第二名检查人员签名");
        assertThat(second.locator("#inspection-answers")).containsText("未开通预约就诊绿色通道");
        decide(second, "签名", () -> { });

        Page institution = logInWith(applicant.username(), "test-password-1");
        open(institution, caseNo, "提交整改报告");
        institution.locator("#evidence-upload input[type=file]")
                .setInputFiles(new FilePayload("绿色通道协议.png", "image/png", PNG));
        assertThat(institution.locator(".evidence-upload")).containsText("绿色通道协议.png");
        Locator panel = institution.locator("#task-panel");
        panel.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("提交整改报告").setExact(true)).check();
        panel.locator("vaadin-text-area textarea").first().fill("已与芒市人民医院签订协议并开通绿色通道");
        panel.locator("vaadin-button:has-text('提交')").last().click();
        institution.waitForURL(u -> u.contains("/my-cases"));

        open(first, caseNo, "整改核查");
        decide(first, "已核实", () -> first.locator("#task-panel vaadin-text-area textarea").first()
                .fill("现场查看，绿色通道已开通"));

        open(lead, plan.caseNo(), "负责人审核公开抽查结果");
        decide(lead, "审核公开", () -> { });

        Page visitor = chromium.browser.newContext().newPage();
        visitor.navigate(base() + "public/inspections");
        assertThat(visitor.locator("#public-results")).containsText(target.name());
        assertThat(visitor.locator("#public-results [data-case='" + caseNo + "']")).containsText("已整改到位");
        assertThat(visitor.locator("#public-results")).not().containsText(inspection.inspectorA());
    }

    private static void result(Page page, String item, String label) {
        page.locator(".check-line[data-item='" + item + "']")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true)).check();
    }

    private Page logInWith(String username, String password) {
        Page page = chromium.browser.newContext().newPage();
        page.navigate(base() + "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private void open(Page page, String caseNo, String step) {
        page.navigate(base() + "cases/" + caseNo);
        assertThat(page.locator("#task-panel")).containsText(step);
    }
}
