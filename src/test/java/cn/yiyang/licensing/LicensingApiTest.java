package cn.yiyang.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** 两证合一 through the REST API: each refusal (422 with the reason and the authority), field errors, the whole way. */
@IntegrationTest
class LicensingApiTest {

    private static final String PATH = "/api/v1/licence-applications";

    @LocalServerPort int port;
    @Autowired TestData data;
    Api api;
    String applicant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
    }

    static Map<String, Object> application(String kind, String grade) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "芒市康乐护理院");
        m.put("category", "护理院");
        m.put("grade", grade);
        m.put("kind", kind);
        m.put("ownership", "PRIVATE");
        m.put("profit", "NON_PROFIT");
        m.put("beds", 120);
        m.put("departments", List.of("内科", "康复医学科"));
        m.put("serviceTarget", "社会");
        m.put("registeredCapital", "3000000.00");
        m.put("legalRepresentative", "杨荣海");
        m.put("address", "芒市勐焕街道团结大道 20 号");
        return m;
    }

    private static List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.body().get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    @ParameterizedTest(name = "{0} is refused and sent to {1}")
    @CsvSource({"EMERGENCY_CENTRE, 州（市）卫生健康委员会", "EMERGENCY_STATION, 州（市）卫生健康委员会",
            "CLINICAL_LAB, 州（市）卫生健康委员会", "SINO_FOREIGN_JV, 省卫生健康委员会", "HMT_OWNED, 省卫生健康委员会"})
    void an_excluded_kind_is_refused_with_the_reason_and_the_authority_that_handles_it(String kind, String authority) {
        Api.Response r = api.post(applicant, PATH, application(kind, "LEVEL_1"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.text("code")).isEqualTo("KIND_EXCLUDED");
        assertThat(r.text("detail")).contains("不属于两证合一的范围").contains(authority);
        assertThat(r.text("authority")).isEqualTo(authority);
    }

    @Test
    void a_third_grade_institution_is_refused_and_sent_to_the_province() {
        Api.Response r = api.post(applicant, PATH, application("REHAB_HOSPITAL", "LEVEL_3"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("GRADE_EXCLUDED");
        assertThat(r.text("authority")).isEqualTo("省卫生健康委员会");
    }

    @Test
    void an_applicant_that_is_not_an_elderly_care_institution_is_refused() {
        Api.Response r = api.post("applicant3", PATH, application("NURSING_HOME_HOSPITAL", "LEVEL_1"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("NOT_ELDERLY_CARE");
        assertThat(r.text("detail")).contains("医疗机构");
        assertThat(r.text("authority")).contains("卫生健康局");
    }

    @Test
    void unknown_grade_negative_beds_and_a_capital_that_is_no_amount_are_field_errors() {
        Map<String, Object> bad = application("NURSING_HOME_HOSPITAL", "LEVEL_9");
        bad.put("beds", -1);
        bad.put("registeredCapital", "三百万");
        bad.put("name", "");
        Api.Response r = api.post(applicant, PATH, bad);
        assertThat(r.status()).as(new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo(400);
        assertThat(fields(r)).contains("beds", "registeredCapital", "name");

        Map<String, Object> kind = application("HOSPITAL_SHIP", "LEVEL_9");
        Api.Response k = api.post(applicant, PATH, kind);
        assertThat(k.status()).isEqualTo(400);
        assertThat(fields(k)).contains("kind", "grade");
    }

    @Test
    void the_same_idempotency_key_makes_no_second_case_and_the_draft_lists_materials_by_kind_and_beds() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application("NURSING_HOME_HOSPITAL", "LEVEL_1");
        Api.Response first = api.call(HttpMethod.POST, applicant, PATH, body, Map.of("Idempotency-Key", key));
        Api.Response again = api.call(HttpMethod.POST, applicant, PATH, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.text("caseNo")).isEqualTo(first.text("caseNo"));
        assertThat(first.text("matter")).isEqualTo("LICENCE_2IN1");
        List<String> codes = new ArrayList<>();
        first.body().get("requiredMaterials").forEach(m -> codes.add(m.get("code").asText()));
        assertThat(codes).contains("APPLICATION_FORM", "FEASIBILITY_STUDY", "NURSING_PROTOCOLS"); // 120 beds
        assertThat(api.post(applicant, "/api/v1/cases/" + first.text("caseNo") + "/submit", null).status()).isEqualTo(422);
    }

    @Test
    void a_licence_goes_through_the_api_to_the_register_the_public_registry_and_the_pdf() throws Exception {
        String caseNo = api.post(applicant, PATH, application("REHAB_HOSPITAL", "LEVEL_2")).text("caseNo");
        for (JsonNode m : api.get(applicant, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            assertThat(api.upload(applicant, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(),
                    m.get("code").asText() + ".pdf", TestData.pdf()).status()).isEqualTo(201);
        }
        assertThat(api.post(applicant, "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        step("health1", caseNo, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        step("health1", caseNo, "Task_Review", "APPROVE", null, Map.of("onsiteDays", 2));
        step("health2", caseNo, "Task_VerifyOnSite_A", "VERIFIED", null, Map.of());
        step("inspector1", caseNo, "Task_VerifyOnSite_B", "VERIFIED", null, Map.of());
        step("health-lead", caseNo, "Task_Decide", "EXTEND", "专家评审", Map.of());
        Api.Response second = api.post("health-lead", "/api/v1/tasks/" + taskId("health-lead", caseNo, "Task_Decide")
                + "/complete", Map.of("outcome", "EXTEND", "comment", "再延"));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.text("code")).isEqualTo("EXTENSION_USED");
        step("health-lead", caseNo, "Task_Decide", "APPROVE", "同意", Map.of());
        step("health1", caseNo, "Task_Deliver", "DELIVER", null, Map.of());

        JsonNode done = api.get(applicant, "/api/v1/cases/" + caseNo).body();
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        JsonNode licence = api.get(applicant, "/api/v1/licences").body().get("items").get(0);
        String registrationNo = licence.get("registrationNo").asText();
        assertThat(licence.get("checkIntervalYears").asInt()).isEqualTo(3); // 120 beds
        long original = -1;
        for (JsonNode d : done.get("documents")) {
            if (d.get("kind").asText().equals("PRACTICE_LICENCE")) {
                original = d.get("id").asLong();
            }
        }
        Api.Response pdf = api.get(applicant, "/api/v1/cases/" + caseNo + "/documents/" + original);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.raw())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("医疗机构执业许可证", "芒市康乐护理院", registrationNo,
                    "有效期限", "注册资金");
        }
        JsonNode registry = api.get(null, "/api/v1/public/registry?kind=LICENCE_2IN1&size=200").body();
        assertThat(registry.get("items").findValuesAsText("registrationNo")).contains(registrationNo);
        assertThat(registry.get("items").findValuesAsText("kind")).containsOnly("LICENCE_2IN1");
        assertThat(api.get(null, "/api/v1/public/registry?type=REHAB_HOSPITAL").body().get("items")
                .findValuesAsText("registrationNo")).contains(registrationNo);
    }

    private String taskId(String user, String caseNo, String key) {
        for (JsonNode t : api.get(user, "/api/v1/tasks?scope=all&q=" + caseNo).body().get("items")) {
            if (t.get("key").asText().equals(key)) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(key + " not in the inbox of " + user);
    }

    private void step(String user, String caseNo, String key, String outcome, String comment, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        body.put("fields", fields);
        Api.Response r = api.post(user, "/api/v1/tasks/" + taskId(user, caseNo, key) + "/complete", body);
        assertThat(r.status()).as(key + ": " + new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo(204);
    }
}
