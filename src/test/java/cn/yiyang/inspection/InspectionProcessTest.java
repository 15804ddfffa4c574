package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.Institution;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.JobExecutorTimers;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One drawn target through the inspection process: the checklist by the first drawn inspector, the second signature,
 * the 检查记录; PASS closes; FAIL issues the 责令限期整改通知书; the institution reports; VERIFIED closes, NOT_VERIFIED
 * gives a second deadline, a second failure escalates.
 */
@IntegrationTest
class InspectionProcessTest {

    @LocalServerPort int port;
    @Autowired InspectionFixture fixture;
    @Autowired TestData data;
    @Autowired ManagementService management;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A drawn single target with an applicant account: [caseNo, inspectorA, inspectorB, applicant, planId]. */
    private List<String> drawnTarget() {
        Institution institution = fixture.township(1).get(0);
        String applicant = data.applicantOf(institution, null).username();
        long plan = InspectionFixture.approvedPlan(api, institution.township(), 1);
        assertThat(InspectionFixture.draw(api, "supervisor1", plan, 1).status()).isEqualTo(201);
        JsonNode inspection = api.get("supervisor1", "/api/v1/inspection-plans/" + plan + "/inspections").body().get(0);
        return List.of(inspection.get("caseNo").asText(), inspection.get("inspectorA").asText(),
                inspection.get("inspectorB").asText(), applicant, String.valueOf(plan));
    }

    private static Map<String, Object> answers(String failing) {
        return Map.of("answers", InspectionFixture.ITEMS.stream().map(i -> failing.equals(i)
                ? Map.of("item", i, "result", "FAIL", "note", "未设置“老年人优先”标志，绿色通道无记录")
                : Map.of("item", i, "result", "PASS", "note", "")).toList());
    }

    private Api.Response step(String user, String caseNo, String key, String outcome, String comment,
                              Map<String, Object> fields) {
        return api.complete(user, api.taskId(user, caseNo, key), outcome, comment, fields);
    }

    private void ok(Api.Response r) {
        assertThat(r.status()).as(InspectionFixture.text(r)).isEqualTo(204);
    }

    private JsonNode caseOf(String caseNo) {
        return api.get("supervisor1", "/api/v1/cases/" + caseNo).body();
    }

    private String documentText(String user, String caseNo, String kind) throws Exception {
        for (JsonNode d : api.get(user, "/api/v1/cases/" + caseNo).body().get("documents")) {
            if (d.get("kind").asText().equals(kind)) {
                byte[] pdf = api.get(user, "/api/v1/cases/" + caseNo + "/documents/" + d.get("id").asText()).raw();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(doc);
                }
            }
        }
        throw new AssertionError(kind + " not issued on " + caseNo);
    }

    @Test
    void each_drawn_target_becomes_an_inspection_case_whose_checklist_only_the_first_drawn_inspector_answers() {
        List<String> t = drawnTarget();
        assertThat(caseOf(t.get(0)).get("matter").asText()).isEqualTo("INSPECTION");
        String taskId = api.taskId(t.get(1), t.get(0), "Task_Inspect");
        // the second drawn inspector co-signs later but does not answer the checklist; a 民政 inspector never
        assertThat(api.complete(t.get(2), taskId, "SUBMIT", null, answers("")).status()).isIn(404, 409);
        assertThat(api.complete("inspector3", taskId, "SUBMIT", null, answers("")).status()).isEqualTo(403);
        String undrawn = jdbc.queryForList("""
                select a.username from account a join account_role r on r.account_id = a.id
                 where r.role = 'INSPECTOR' and a.department_code = 'HEALTH' and a.enabled""", String.class)
                .stream().filter(u -> !t.subList(1, 3).contains(u)).findFirst().orElseThrow();
        assertThat(api.complete(undrawn, taskId, "SUBMIT", null, answers("")).status())
                .as("a 卫健 inspector who was not drawn for this target").isEqualTo(403);
    }

    @Test
    void the_checklist_must_answer_every_plan_item_once_with_a_known_result_and_explain_each_fail() {
        List<String> t = drawnTarget();
        Api.Response r = step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, Map.of("answers", List.of(
                Map.of("item", "MED-SERVICE", "result", "FAIL", "note", ""),
                Map.of("item", "MED-SERVICE", "result", "PASS"),
                Map.of("item", "FIRE-SAFETY", "result", "MAYBE"))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(r)).contains("answers[0].note", "answers[1].item", "answers[2].item",
                "answers[2].result", "answers");
    }

    @Test
    void all_pass_signed_by_both_drawn_inspectors_issues_the_inspection_record_and_closes_the_case() throws Exception {
        List<String> t = drawnTarget();
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("")));
        assertThat(api.taskId(t.get(2), t.get(0), "Task_CoSign")).isNotBlank();
        ok(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of()));
        JsonNode c = caseOf(t.get(0));
        assertThat(c.get("status").asText()).isEqualTo("CLOSED");
        String record = documentText("supervisor1", t.get(0), "INSPECTION_RECORD");
        assertThat(record).contains("检查记录", "合格", "为入住老年人提供医疗卫生服务");
    }

    @Test
    void the_second_inspector_may_return_the_checklist_to_the_first() {
        List<String> t = drawnTarget();
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("")));
        ok(step(t.get(2), t.get(0), "Task_CoSign", "RETURN", "绿色通道一项请补充说明", Map.of()));
        assertThat(api.taskId(t.get(1), t.get(0), "Task_Inspect")).isNotBlank();
    }

    @Test
    void a_fail_issues_a_rectification_notice_with_the_failed_items_basis_and_a_deadline_in_working_days_to_the_institution()
            throws Exception {
        List<String> t = drawnTarget();
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("GREEN-CHANNEL")));
        assertThat(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of("rectificationDays", 0)).status())
                .isEqualTo(400);
        ok(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of("rectificationDays", 10)));
        JsonNode c = caseOf(t.get(0));
        assertThat(c.get("status").asText()).isEqualTo("RECTIFYING");
        String due = c.get("deadline").get("due").asText();
        assertThat(c.get("deadline").get("workingDaysLeft").asInt()).isEqualTo(10);
        String notice = documentText(t.get(3), t.get(0), "RECTIFICATION_NOTICE").replaceAll("\\s+", "");
        assertThat(notice).contains("责令限期整改通知书", "开通预约就诊绿色通道", "开通绿色通道", due + "前（10个工作日内）",
                        "第二十八条")
                .doesNotContain("为入住老年人提供医疗卫生服务");
        assertThat(documentText(t.get(3), t.get(0), "INSPECTION_RECORD")).contains("不符合");
        assertThat(api.taskId(t.get(3), t.get(0), "Task_Rectify")).isNotBlank();
    }

    @Test
    void a_rectification_report_verified_by_the_inspectors_closes_the_case() {
        List<String> t = failedAndReported();
        ok(step(t.get(1), t.get(0), "Task_Verify", "VERIFIED", "已设置标志并建立绿色通道台账", Map.of()));
        assertThat(caseOf(t.get(0)).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void a_report_not_verified_gets_a_second_deadline_and_a_second_failure_escalates_to_the_supervisor() throws Exception {
        List<String> t = failedAndReported();
        ok(step(t.get(1), t.get(0), "Task_Verify", "NOT_VERIFIED", "标志仍未设置", Map.of("rectificationDays", 5)));
        assertThat(caseOf(t.get(0)).get("status").asText()).isEqualTo("RECTIFYING");
        assertThat(api.get(t.get(3), "/api/v1/cases/" + t.get(0)).body().get("documents").findValuesAsText("kind")
                .stream().filter("RECTIFICATION_NOTICE"::equals).count()).isEqualTo(2);
        assertThat(step(t.get(3), t.get(0), "Task_Rectify", "REPORTED", "", Map.of()).status()).isEqualTo(400);
        ok(step(t.get(3), t.get(0), "Task_Rectify", "REPORTED", "已补设标志", Map.of()));
        ok(step(t.get(1), t.get(0), "Task_Verify", "NOT_VERIFIED", "仍未整改到位", Map.of()));
        JsonNode c = caseOf(t.get(0));
        assertThat(c.get("status").asText()).isEqualTo("PENDING_DECISION");
        assertThat(api.taskId("supervisor1", t.get(0), "Task_Circulate")).isNotBlank();
    }

    @Test
    void the_inspectors_may_escalate_at_once_to_the_supervisor() {
        List<String> t = failedAndReported();
        assertThat(step(t.get(1), t.get(0), "Task_Verify", "ESCALATE", null, Map.of()).status()).isEqualTo(400);
        ok(step(t.get(1), t.get(0), "Task_Verify", "ESCALATE", "拒不整改", Map.of()));
        assertThat(caseOf(t.get(0)).get("status").asText()).isEqualTo("PENDING_DECISION");
        assertThat(api.taskId("supervisor1", t.get(0), "Task_Circulate")).isNotBlank();
    }

    @Test
    void a_rectification_deadline_missed_without_a_report_escalates_to_the_supervisor() {
        List<String> t = drawnTarget();
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("GREEN-CHANNEL")));
        ok(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of("rectificationDays", 3)));
        JsonNode c = caseOf(t.get(0));
        Job timer = management.createJobQuery().processInstanceId(c.get("processInstanceId").asText()).timers()
                .singleResult();
        LocalDate due = LocalDate.parse(c.get("deadline").get("due").asText());
        assertThat(timer.getDuedate().toInstant()).isEqualTo(due.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        clock.set(due.plusDays(1).atStartOfDay().plusMinutes(1)); // the deadline has passed
        try {
            jobExecutor.fire(timer.getId());
        } finally {
            clock.reset();
        }
        assertThat(caseOf(t.get(0)).get("status").asText()).isEqualTo("PENDING_DECISION");
        assertThat(api.get(t.get(3), "/api/v1/tasks?scope=all&q=" + t.get(0)).body().get("items")).isEmpty();
        assertThat(api.taskId("supervisor1", t.get(0), "Task_Circulate")).isNotBlank();
    }

    @Test
    void only_the_department_leader_publishes_a_plans_results_once_every_inspection_is_signed_and_without_names() {
        List<String> t = drawnTarget();
        String publish = "/api/v1/inspection-plans/" + t.get(4) + "/publish";
        assertThat(api.post("health-lead", publish, Map.of()).status()).as("unsigned").isEqualTo(422);
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("GREEN-CHANNEL")));
        ok(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of()));
        for (String user : List.of("supervisor1", "inspector1", "civil-lead")) {
            assertThat(api.post(user, publish, Map.of()).status()).as(user).isIn(403, 401);
        }
        Api.Response published = api.post("health-lead", publish, Map.of());
        assertThat(published.status()).as(InspectionFixture.text(published)).isEqualTo(200);
        assertThat(api.post("health-lead", publish, Map.of()).status()).isEqualTo(409);
        Api.Response results = api.get(null, "/api/v1/public/inspection-results?year=" + LocalDate.now().getYear());
        assertThat(results.body().findValuesAsText("caseNo")).contains(t.get(0));
        assertThat(InspectionFixture.text(results)).doesNotContain("inspector1", "inspector2", "何军", "马兰", "health-lead");
    }

    private List<String> failedAndReported() {
        List<String> t = drawnTarget();
        ok(step(t.get(1), t.get(0), "Task_Inspect", "SUBMIT", null, answers("GREEN-CHANNEL")));
        ok(step(t.get(2), t.get(0), "Task_CoSign", "SIGN", null, Map.of()));
        ok(step(t.get(3), t.get(0), "Task_Rectify", "REPORTED", "已设置“老年人优先”标志，建立绿色通道登记台账", Map.of()));
        return t;
    }
}
