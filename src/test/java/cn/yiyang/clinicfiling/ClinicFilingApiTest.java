package cn.yiyang.clinicfiling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** The filing through the REST API as programs use it: refusals, idempotency, access, the whole way to the registry. */
@IntegrationTest
class ClinicFilingApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static Map<String, Object> filing(String type, String headId, String certificateNo, LocalDate opening) {
        return Map.of("clinicName", "中心敬老院医务室", "clinicType", type, "openingDate", opening.toString(),
                "services", List.of("内科"), "head", Map.of("name", "张医生", "idNumber", headId, "qualificationNo", "QC-1"),
                "staff", List.of(Map.of("name", "李护士", "idNumber", "440524188001010014", "profession", "护士",
                        "certificateNo", certificateNo)), "address", "一楼");
    }

    static Map<String, Object> validFiling() {
        return filing("INFIRMARY", "11010519491231002X", "NC-1", LocalDate.now().plusMonths(1));
    }

    private List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.body().get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    private String draft(String user) {
        Api.Response created = api.post(user, "/api/v1/clinic-filings", validFiling());
        assertThat(created.status()).isEqualTo(201);
        return created.text("caseNo");
    }

    private void uploadAll(String user, String caseNo) {
        for (JsonNode m : api.get(user, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            assertThat(api.upload(user, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(),
                    m.get("code").asText() + ".pdf", TestData.pdf()).status()).isEqualTo(201);
        }
    }

    @Test
    void an_institution_that_is_not_elderly_care_is_refused_with_where_to_go() {
        Api.Response r = api.post("applicant3", "/api/v1/clinic-filings", validFiling());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("NOT_ELDERLY_CARE");
        assertThat(r.text("detail")).contains("卫生健康局");
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void a_clinic_type_outside_the_four_is_refused_and_sent_to_licensing() {
        Api.Response r = api.post("applicant1", "/api/v1/clinic-filings",
                filing("HOSPITAL", "11010519491231002X", "NC-1", LocalDate.now().plusMonths(1)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("detail")).contains("两证合一");
    }

    @Test
    void bad_id_number_missing_certificate_and_past_opening_date_are_field_errors() {
        Api.Response bad = api.post("applicant1", "/api/v1/clinic-filings",
                filing("INFIRMARY", "11010519491231002Y", "NC-1", LocalDate.now().minusDays(1)));
        assertThat(bad.status()).as(new String(bad.raw())).isEqualTo(400);
        assertThat(bad.body().get("errors")).as(new String(bad.raw())).isNotNull();
        assertThat(fields(bad)).contains("head.idNumber", "openingDate");

        Api.Response missing = api.post("applicant1", "/api/v1/clinic-filings",
                filing("INFIRMARY", "11010519491231002X", "", LocalDate.now().plusDays(3)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).anySatisfy(f -> assertThat(f).contains("certificateNo"));
    }

    @Test
    void submission_is_refused_while_a_required_material_is_missing() {
        String caseNo = draft("applicant1");
        Api.Response r = api.post("applicant1", "/api/v1/cases/" + caseNo + "/submit", null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("detail")).contains("设备清单");
        assertThat(api.get("applicant1", "/api/v1/cases/" + caseNo).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void the_same_idempotency_key_or_a_double_submit_makes_no_second_case() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api.call(HttpMethod.POST, "applicant1", "/api/v1/clinic-filings", validFiling(),
                Map.of("Idempotency-Key", key));
        Api.Response again = api.call(HttpMethod.POST, "applicant1", "/api/v1/clinic-filings", validFiling(),
                Map.of("Idempotency-Key", key));
        assertThat(again.text("caseNo")).isEqualTo(first.text("caseNo"));

        String caseNo = first.text("caseNo");
        uploadAll("applicant1", caseNo);
        assertThat(api.post("applicant1", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        assertThat(api.post("applicant1", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(409);
        Integer processes = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? "
                + "and PARENT_ID_ is null", Integer.class, caseNo);
        assertThat(processes).isEqualTo(1);
    }

    @Test
    void another_institution_can_neither_see_nor_touch_the_filing() {
        String caseNo = draft("applicant1");
        uploadAll("applicant1", caseNo);
        assertThat(api.get("applicant2", "/api/v1/cases/" + caseNo).status()).isEqualTo(404);
        assertThat(api.get("applicant2", "/api/v1/clinic-filings/" + caseNo).status()).isEqualTo(404);
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(404);
        assertThat(api.upload("applicant2", "/api/v1/cases/" + caseNo + "/materials", "RULES", "x.pdf",
                TestData.pdf()).status()).isEqualTo(404);
        long materialId = api.get("applicant1", "/api/v1/cases/" + caseNo).body().get("materials").get(0).get("id").asLong();
        assertThat(api.get("applicant2", "/api/v1/cases/" + caseNo + "/materials/" + materialId).status()).isEqualTo(404);
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/withdraw", Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void a_filing_goes_through_the_api_to_the_public_registry_and_its_pdf_names_the_clinic() throws Exception {
        String caseNo = draft("applicant2");
        uploadAll("applicant2", caseNo);
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);

        completeStep("health1", caseNo, "Task_CheckCompleteness", "ACCEPT");
        completeStep("health1", caseNo, "Task_Register", "APPROVE");
        completeStep("health-lead", caseNo, "Task_SignOff", "APPROVE");

        JsonNode done = api.get("applicant2", "/api/v1/cases/" + caseNo).body();
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        JsonNode receipt = null;
        for (JsonNode d : done.get("documents")) {
            if (d.get("kind").asText().equals("FILING_RECEIPT")) {
                receipt = d;
            }
        }
        assertThat(receipt).isNotNull();
        Api.Response pdf = api.get("applicant2", "/api/v1/cases/" + caseNo + "/documents/" + receipt.get("id").asLong());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.raw())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("中心敬老院医务室").contains(receipt.get("number").asText());
        }
        String registry = new String(api.get(null, "/api/v1/public/registry").raw(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(registry).contains(receipt.get("number").asText());

        String creditCode = api.get("applicant2", "/api/v1/me").body().get("institution").get("creditCode").asText();
        Api.Response progress = api.get(null, "/api/v1/public/cases/" + caseNo + "?creditCode=" + creditCode);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.text("status")).isEqualTo("已办结");
        assertThat(new String(progress.raw(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("11010519491231002X", "health1");
        assertThat(api.get(null, "/api/v1/public/cases/" + caseNo + "?creditCode=" + TestData.creditCode()).status())
                .isEqualTo(404);
    }

    private void completeStep(String user, String caseNo, String key, String outcome) {
        JsonNode items = api.get(user, "/api/v1/tasks?scope=all&q=" + caseNo).body().get("items");
        String id = null;
        for (JsonNode t : items) {
            if (t.get("key").asText().equals(key)) {
                id = t.get("id").asText();
            }
        }
        assertThat(id).as(key + " in the inbox of " + user).isNotNull();
        Api.Response r = api.post(user, "/api/v1/tasks/" + id + "/complete", Map.of("outcome", outcome, "comment", "同意"));
        assertThat(r.status()).as(new String(r.raw())).isEqualTo(204);
    }
}
