package cn.yiyang.singlewindow;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** 一个窗口办理 through the REST API: the submission's validation, idempotency, the tracks and the merged notice. */
@IntegrationTest
class SingleWindowApiTest {

    private static final String PATH = "/api/v1/single-window-applications";

    @LocalServerPort int port;
    @Autowired TestData data;
    Api api;
    String applicant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
    }

    static Map<String, Object> application(Map<String, Object> medicalPart) {
        Map<String, Object> m = new HashMap<>();
        m.put("institutionName", "芒市颐康医养中心");
        m.put("creditCode", TestData.creditCode());
        m.put("projectType", "NEW_BUILD");
        m.put("beds", 120);
        m.put("propertyRegistered", true);
        m.put("landPlanningComplete", true);
        m.put("medicalPart", medicalPart);
        return m;
    }

    static Map<String, Object> medical(String kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "芒市颐康医养中心护理院");
        m.put("grade", "LEVEL_1");
        m.put("kind", kind);
        m.put("ownership", "PRIVATE");
        m.put("profit", "NON_PROFIT");
        m.put("beds", 40);
        m.put("departments", List.of("内科"));
        m.put("serviceTarget", "入住老人");
        m.put("registeredCapital", "1500000.00");
        m.put("legalRepresentative", "段颐康");
        m.put("address", "芒市勐焕街道颐康路 8 号");
        return m;
    }

    private static Map<String, String> errors(Api.Response r) {
        Map<String, String> out = new HashMap<>();
        r.body().get("errors").forEach(e -> out.put(e.get("field").asText(), e.get("message").asText()));
        return out;
    }

    @Test
    void missing_and_malformed_fields_are_400_with_chinese_messages_per_field_and_create_nothing() {
        Map<String, Object> bad = application(null);
        bad.put("institutionName", "");
        bad.put("beds", 0);
        bad.remove("propertyRegistered");
        long before = api.get(applicant, "/api/v1/cases?matter=SINGLE_WINDOW").body().get("total").asLong();

        Api.Response r = api.post(applicant, PATH, bad);

        assertThat(r.status()).as(new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(errors(r)).containsEntry("institutionName", "请填写拟设立的医养结合机构名称")
                .containsEntry("beds", "养老床位数至少为 1").containsEntry("propertyRegistered", "请说明房屋产权是否已登记");
        assertThat(api.get(applicant, "/api/v1/cases?matter=SINGLE_WINDOW").body().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void an_invalid_credit_code_an_unknown_project_type_and_a_bad_medical_part_are_field_errors() {
        Map<String, Object> bad = application(null);
        bad.put("creditCode", "91350100M000100Y44");
        bad.put("projectType", "DEMOLITION");
        Api.Response r = api.post(applicant, PATH, bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(errors(r)).containsKeys("creditCode", "projectType");
        assertThat(errors(r).get("creditCode")).contains("统一社会信用代码");

        Map<String, Object> medicalPart = medical("NURSING_HOME_HOSPITAL");
        medicalPart.put("registeredCapital", "一百五十万");
        Api.Response m = api.post(applicant, PATH, application(medicalPart));
        assertThat(m.status()).isEqualTo(400);
        assertThat(errors(m)).containsKey("medicalPart.registeredCapital");
    }

    @Test
    void a_medical_part_the_county_does_not_license_is_refused_with_the_authority_that_handles_it() {
        Api.Response r = api.post(applicant, PATH, application(medical("EMERGENCY_CENTRE")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("KIND_EXCLUDED");
    }

    @Test
    void only_an_applicant_may_submit() {
        assertThat(api.post("window1", PATH, application(null)).status()).isEqualTo(403);
    }

    @Test
    void the_same_idempotency_key_makes_one_case_whose_one_material_set_includes_the_licence_materials() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application(medical("NURSING_HOME_HOSPITAL"));
        Api.Response first = api.call(HttpMethod.POST, applicant, PATH, body, Map.of("Idempotency-Key", key));
        Api.Response again = api.call(HttpMethod.POST, applicant, PATH, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.text("caseNo")).isEqualTo(first.text("caseNo"));
        assertThat(first.text("caseNo")).startsWith("YCBL-533103-");
        assertThat(first.text("matter")).isEqualTo("SINGLE_WINDOW");
        List<String> codes = new ArrayList<>();
        first.body().get("requiredMaterials").forEach(m -> codes.add(m.get("code").asText()));
        assertThat(codes).contains("ELDERLY_CARE_FILING", "PLANNING_PERMIT", "FIRE_DESIGN", "APPLICATION_FORM")
                .doesNotHaveDuplicates();
    }

    @Test
    void two_departments_supplement_requests_reach_the_applicant_as_one_pdf_listing_each_department() throws Exception {
        String caseNo = api.post(applicant, PATH, application(null)).text("caseNo");
        for (JsonNode m : api.get(applicant, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            api.upload(applicant, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(), "m.pdf", TestData.pdf());
        }
        assertThat(api.post(applicant, "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        step("window1", caseNo, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        step("planning1", caseNo, "Task_Review", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "PLANNING_PERMIT", "reason", "规划许可证已过期"))));
        step("fire1", caseNo, "Task_Review", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "FIRE_DESIGN", "reason", "缺少消防设计说明"))));
        step("civil1", caseNo, "Task_Review", "APPROVE", null, Map.of());
        step("construction1", caseNo, "Task_Review", "APPROVE", null, Map.of());

        JsonNode tracks = api.get(applicant, PATH + "/" + caseNo).body().get("tracks");
        assertThat(tracks.findValuesAsText("stateLabel")).containsExactly("同意", "不涉及", "要求补正", "同意", "要求补正");
        step("window1", caseNo, "Task_MergeSupplements", "SUPPLEMENT", null, Map.of());

        JsonNode c = api.get(applicant, "/api/v1/cases/" + caseNo).body();
        assertThat(c.get("status").asText()).isEqualTo("SUPPLEMENTING");
        List<JsonNode> notices = new ArrayList<>();
        c.get("documents").forEach(d -> {
            if (d.get("kind").asText().equals("SUPPLEMENT_NOTICE")) {
                notices.add(d);
            }
        });
        assertThat(notices).hasSize(1);
        Api.Response pdf = api.get(applicant, "/api/v1/cases/" + caseNo + "/documents/" + notices.get(0).get("id").asLong());
        try (PDDocument doc = Loader.loadPDF(pdf.raw())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("补正材料通知书", "自然资源和规划局", "规划许可证已过期",
                    "消防救援大队", "缺少消防设计说明");
        }
        api.post(applicant, "/api/v1/cases/" + caseNo + "/withdraw", Map.of("reason", "测试结束"));
    }

    private void step(String user, String caseNo, String key, String outcome, String comment, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        body.put("fields", fields);
        Api.Response r = api.post(user, "/api/v1/tasks/" + api.taskId(user, caseNo, key) + "/complete", body);
        assertThat(r.status()).as(key + ": " + new String(r.raw(), StandardCharsets.UTF_8)).isEqualTo(204);
    }
}
