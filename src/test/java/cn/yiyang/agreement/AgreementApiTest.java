package cn.yiyang.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Agreements through the REST API: filing with an Idempotency-Key, the partner's confirmation, the Excel export. */
@IntegrationTest
class AgreementApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired Users users;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                r.stream().forEach(c -> cells.add(c == null ? null : c.getText()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void filed_agreement_is_confirmed_by_the_partner_and_exported_with_chinese_headers_to_those_who_may_see_it()
            throws IOException {
        String home = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        Institution partner = data.institution(InstitutionType.MEDICAL);
        String hospital = data.applicantOf(partner, null).username();
        LocalDate start = LocalDate.now();
        Map<String, Object> body = Map.of("partnerCreditCode", partner.creditCode(), "services", List.of("巡诊", "体检"),
                "annualFee", "25000.00", "periodStart", start.toString(), "periodEnd", start.plusYears(1).minusDays(1).toString());
        Api.Response first = api.call(HttpMethod.POST, home, "/api/v1/agreements", body, Map.of("Idempotency-Key", "agr-1"));
        Api.Response again = api.call(HttpMethod.POST, home, "/api/v1/agreements", body, Map.of("Idempotency-Key", "agr-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.text("caseNo")).isEqualTo(first.text("caseNo"));
        String caseNo = first.text("caseNo");
        assertThat(caseNo).startsWith("YYXY-533103-");
        assertThat(api.upload(home, "/api/v1/cases/" + caseNo + "/materials", "AGREEMENT_TEXT", "协议.pdf",
                TestData.pdf()).status()).isEqualTo(201);
        // a draft: its own institution reads it; nobody else, staff included
        assertThat(api.get(home, "/api/v1/agreements/" + caseNo).text("caseStatus")).isEqualTo("DRAFT");
        assertThat(api.get("civil1", "/api/v1/agreements/" + caseNo).status()).isEqualTo(404);
        assertThat(api.get(hospital, "/api/v1/agreements/" + caseNo).status()).isEqualTo(404);
        assertThat(api.post(home, "/api/v1/cases/" + caseNo + "/submit", Map.of()).status()).isEqualTo(200);
        // submitted, before 卫健局 has a step of its own: its staff read what the register lists
        assertThat(api.get("health1", "/api/v1/agreements/" + caseNo).text("state")).isEqualTo("PENDING");
        assertThat(api.get("window1", "/api/v1/agreements/" + caseNo).status()).isEqualTo(404);
        assertThat(api.complete(hospital, api.taskId(hospital, caseNo, "Task_PartnerConfirm"), "CONFIRM", "同意",
                Map.of()).status()).isIn(200, 204);
        assertThat(api.get("civil1", "/api/v1/agreements/" + caseNo).text("state")).isEqualTo("ACKNOWLEDGING");

        Api.Response xlsx = api.call(HttpMethod.GET, "civil1", "/api/v1/agreements?status=ACKNOWLEDGING", null,
                Map.of("Accept", XLSX));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XLSX);
        List<List<String>> rows = sheet(xlsx.raw());
        assertThat(rows.get(0)).startsWith("案件编号", "状态", "养老机构");
        List<String> ours = rows.stream().filter(r -> caseNo.equals(r.get(0))).findFirst().orElseThrow();
        assertThat(ours.get(1)).isEqualTo("待民政、卫健备案确认");
        assertThat(ours.get(5)).isEqualTo(partner.name());
        assertThat(ours.get(6)).isEqualTo("巡诊、体检");
        assertThat(Double.parseDouble(ours.get(7))).isEqualTo(25000.0);

        // an unrelated institution's export holds none of it; a department without the register is refused
        String stranger = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        assertThat(sheet(api.get(stranger, "/api/v1/agreements/export.xlsx").raw()))
                .noneMatch(r -> caseNo.equals(r.get(0)));
        assertThat(api.get("fire1", "/api/v1/agreements/export.xlsx").status()).isEqualTo(403);
    }

    @Test
    void cases_tasks_registry_and_indicators_export_the_rows_of_their_lists() throws IOException {
        List<List<String>> cases = sheet(api.call(HttpMethod.GET, "supervisor1", "/api/v1/cases", null,
                Map.of("Accept", XLSX)).raw());
        assertThat(cases.get(0)).startsWith("案件编号", "事项", "状态");
        long listed = api.get("supervisor1", "/api/v1/cases?size=1").body().get("total").asLong();
        assertThat(cases).hasSize((int) listed + 1);

        List<List<String>> tasks = sheet(api.get("health1", "/api/v1/tasks/export.xlsx").raw());
        assertThat(tasks.get(0)).startsWith("任务", "案件编号");
        List<List<String>> registry = sheet(api.get("admin", "/api/v1/institutions/export.xlsx").raw());
        assertThat(registry.get(0)).startsWith("机构名称", "统一社会信用代码");
        assertThat(registry).anyMatch(r -> "芒市中心敬老院".equals(r.get(0)));
        List<List<String>> indicators = sheet(api.get("supervisor1", "/api/v1/indicators/export.xlsx").raw());
        assertThat(indicators.get(0)).startsWith("指标", "单位", "目标值", "实际值");
        assertThat(indicators).anyMatch(r -> "无内设医疗机构的养老机构签约率".equals(r.get(0)));
        List<List<String>> results = sheet(api.get(null, "/api/v1/public/inspection-results/export.xlsx").raw());
        assertThat(results.get(0)).startsWith("抽查计划", "案件编号", "被检查机构");
        assertThat(api.get("applicant1", "/api/v1/indicators/export.xlsx").status()).isEqualTo(403);
        byte[] pdf = api.get("supervisor1", "/api/v1/dashboard.pdf").raw();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }
}
