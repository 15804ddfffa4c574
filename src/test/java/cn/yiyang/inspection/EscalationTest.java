package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Escalation done for real: the SUPERVISOR's 通报 (PDF, public) and 案件移送书, and a filed clinic's filing revoked
 * through the clinic filing module (it leaves the public registry, the institution is told).
 */
@IntegrationTest
class EscalationTest {

    @LocalServerPort int port;
    @Autowired InspectionFixture fixture;
    @Autowired InspectionService inspections;
    @Autowired ClinicFilingService filings;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired Notices notices;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String registeredFiling(CurrentUser applicant) {
        CaseInfo c = filings.create(applicant, new ClinicFilingRequest("通报测试医务室", "INFIRMARY",
                LocalDate.now().plusMonths(1), List.of("全科医疗"), new ClinicFilingRequest.Head("张医生",
                "11010519491231002X", "QC-2020-001"), List.of(new ClinicFilingRequest.Staff("李护士", "440524188001010014",
                "护士", "NC-2019-123")), null, "一楼"));
        for (CaseView.RequiredMaterial m : materials.required(cases.get(c.id()))) {
            materials.upload(applicant, c.caseNo(), m.code(), m.code() + ".pdf", new ByteArrayInputStream(TestData.pdf()));
        }
        submission.submit(applicant, c.caseNo());
        complete("health1", c, "Task_CheckCompleteness", "ACCEPT");
        complete("health1", c, "Task_Register", "APPROVE");
        complete("health-lead", c, "Task_SignOff", "APPROVE");
        return jdbc.queryForObject("select registration_no from clinic_filing where case_id = ?", String.class, c.id());
    }

    private void complete(String user, CaseInfo c, String key, String outcome) {
        inbox.complete(users.get(user), inbox.openTaskOf(users.get(user), c.id(), key).orElseThrow(), outcome, "同意",
                Map.of());
    }

    private void step(String user, String caseNo, String key, String outcome, String comment, Map<String, Object> f) {
        Api.Response r = api.complete(user, api.taskId(user, caseNo, key), outcome, comment, f);
        assertThat(r.status()).as(InspectionFixture.text(r)).isEqualTo(204);
    }

    private String pdfText(String caseNo, String kind) throws Exception {
        for (JsonNode d : api.get("supervisor1", "/api/v1/cases/" + caseNo).body().get("documents")) {
            if (d.get("kind").asText().equals(kind)) {
                byte[] pdf = api.get("supervisor1", "/api/v1/cases/" + caseNo + "/documents/" + d.get("id").asText()).raw();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                }
            }
        }
        throw new AssertionError(kind + " not issued");
    }

    @Test
    void the_supervisor_circulates_and_refers_an_escalated_institution_and_its_clinic_filing_is_revoked()
            throws Exception {
        Institution institution = fixture.township(1).get(0);
        CurrentUser applicant = data.applicantOf(institution, null);
        String registration = registeredFiling(applicant);
        long plan = InspectionFixture.approvedPlan(api, institution.township(), 1);
        InspectionFixture.draw(api, "supervisor1", plan, 5);
        JsonNode i = api.get("supervisor1", "/api/v1/inspection-plans/" + plan + "/inspections").body().get(0);
        String caseNo = i.get("caseNo").asText();
        String a = i.get("inspectorA").asText();
        step(a, caseNo, "Task_Inspect", "SUBMIT", null, Map.of("answers", InspectionFixture.ITEMS.stream()
                .map(item -> Map.of("item", item, "result", item.equals("STAFF-QUALIFICATION") ? "FAIL" : "PASS",
                        "note", "医师未在本机构注册")).toList()));
        step(i.get("inspectorB").asText(), caseNo, "Task_CoSign", "SIGN", null, Map.of());
        step(applicant.username(), caseNo, "Task_Rectify", "REPORTED", "已安排医师办理注册", Map.of());
        step(a, caseNo, "Task_Verify", "ESCALATE", "医师仍未注册即执业", Map.of("verifyMethod", "ONSITE"));

        String task = api.taskId("supervisor1", caseNo, "Task_Circulate");
        assertThat(api.complete(a, task, "CIRCULATE", "通报", Map.of()).status()).isIn(403, 404);
        assertThat(api.complete("supervisor1", task, "CIRCULATE", "", Map.of()).status()).isEqualTo(400);
        step("supervisor1", caseNo, "Task_Circulate", "CIRCULATE",
                institution.name() + "经责令限期整改仍未整改到位，现予通报。", Map.of("referTo", "芒市卫生健康综合监督执法局"));

        assertThat(api.get("supervisor1", "/api/v1/cases/" + caseNo).body().get("status").asText()).isEqualTo("CLOSED");
        assertThat(pdfText(caseNo, "CIRCULAR")).contains("通报", institution.name() + "经责令限期整改仍未整改到位");
        assertThat(pdfText(caseNo, "CASE_REFERRAL")).contains("案件移送书", "芒市卫生健康综合监督执法局", "第二十八条",
                "医师仍未注册即执业");
        List<Circular> circulars = inspections.circulars(LocalDate.now().getYear());
        assertThat(circulars).anyMatch(c -> c.institutionName().equals(institution.name())
                && c.circularNo().contains("通"));

        assertThat(jdbc.queryForObject("select revoked_at is not null from clinic_filing where registration_no = ?",
                Boolean.class, registration)).isTrue();
        assertThat(api.get(null, "/api/v1/public/registry?size=200").raw()).asString().doesNotContain(registration);
        assertThat(notices.recent(applicant.username(), 10)).anyMatch(n -> n.title().equals("撤销备案：" + registration));
    }
}
