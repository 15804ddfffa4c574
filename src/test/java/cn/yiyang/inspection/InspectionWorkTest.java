package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Photos of checklist items (only the two drawn inspectors, only before both signed, only plan items; listed in the
 * 检查记录) and the rectification evidence (only the institution, only while rectifying); the checklist view.
 */
@IntegrationTest
class InspectionWorkTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort int port;
    @Autowired InspectionFixture fixture;
    @Autowired InspectionWork work;
    @Autowired TestData data;
    @Autowired Users users;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private static ByteArrayInputStream png() {
        return new ByteArrayInputStream(PNG);
    }

    @Test
    void only_the_drawn_inspectors_add_photos_of_plan_items_before_both_signed_and_the_record_lists_them()
            throws Exception {
        Institution institution = fixture.township(1).get(0);
        CurrentUser applicant = data.applicantOf(institution, null);
        long plan = InspectionFixture.approvedPlan(api, institution.township(), 1);
        InspectionFixture.draw(api, "supervisor1", plan, 7);
        JsonNode i = api.get("supervisor1", "/api/v1/inspection-plans/" + plan + "/inspections").body().get(0);
        String caseNo = i.get("caseNo").asText();
        String a = i.get("inspectorA").asText();
        String b = i.get("inspectorB").asText();

        assertThat(work.uploadPhoto(users.get(a), caseNo, "GREEN-CHANNEL", "门诊.png", png()).name())
                .isEqualTo("检查照片：开通预约就诊绿色通道");
        work.uploadPhoto(users.get(b), caseNo, "GREEN-CHANNEL", "转诊登记.png", png());
        assertThatThrownBy(() -> work.uploadPhoto(users.get("inspector3"), caseNo, "GREEN-CHANNEL", "x.png", png()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> work.uploadPhoto(users.get(a), caseNo, "FIRE-SAFETY", "x.png", png()))
                .isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> work.uploadEvidence(applicant, caseNo, "x.png", png()))
                .isInstanceOf(BusinessRuleException.class);

        ChecklistView before = work.checklist(users.get(a), caseNo).orElseThrow();
        assertThat(before.lines()).extracting(ChecklistView.Line::code).containsExactlyElementsOf(InspectionFixture.ITEMS);
        assertThat(before.lines().stream().filter(l -> l.code().equals("GREEN-CHANNEL")).findFirst().orElseThrow()
                .photos()).hasSize(2);

        api.complete(a, api.taskId(a, caseNo, "Task_Inspect"), "SUBMIT", null, Map.of("answers",
                InspectionFixture.ITEMS.stream().map(item -> item.equals("GREEN-CHANNEL")
                        ? Map.of("item", item, "result", "FAIL", "note", "无绿色通道")
                        : Map.of("item", item, "result", "PASS")).toList()));
        api.complete(b, api.taskId(b, caseNo, "Task_CoSign"), "SIGN", null, Map.of("rectificationDays", 10));
        assertThatThrownBy(() -> work.uploadPhoto(users.get(a), caseNo, "GREEN-CHANNEL", "late.png", png()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(recordText(caseNo)).contains("现场照片（2 张", "门诊.png", "转诊登记.png");

        // rectifying: the institution adds evidence; an inspector cannot add it in the institution's name
        assertThat(work.uploadEvidence(applicant, caseNo, "整改后.png", png()).name()).isEqualTo("整改佐证材料（第1次）");
        assertThatThrownBy(() -> work.uploadEvidence(users.get(a), caseNo, "x.png", png()))
                .isInstanceOf(RuntimeException.class).isNotInstanceOf(AccessDeniedProblem.class);
        ChecklistView after = work.checklist(applicant, caseNo).orElseThrow();
        assertThat(after.result()).isEqualTo("FAIL");
        assertThat(after.rectifyRound()).isEqualTo(1);
        assertThat(after.evidence()).extracting(e -> e.fileName()).containsExactly("整改后.png");
    }

    private String recordText(String caseNo) throws Exception {
        for (JsonNode d : api.get("supervisor1", "/api/v1/cases/" + caseNo).body().get("documents")) {
            if (d.get("kind").asText().equals("INSPECTION_RECORD")) {
                byte[] pdf = api.get("supervisor1", "/api/v1/cases/" + caseNo + "/documents/" + d.get("id").asText()).raw();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(doc);
                }
            }
        }
        return new String(new byte[0], StandardCharsets.UTF_8);
    }
}
