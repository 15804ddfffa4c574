package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.clinicfiling.ClinicFilingRequest;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an upload answers is the material as the case lists it afterwards (issue 8: answered without re-reading). */
@IntegrationTest
class MaterialUploadTest {

    @Autowired ClinicFilingService filings;
    @Autowired MaterialService materials;
    @Autowired TestData data;

    @Test
    void an_upload_answers_the_stored_material_and_a_replacement_supersedes_the_earlier_file() {
        CurrentUser applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        CaseInfo draft = filings.create(applicant, new ClinicFilingRequest("上传测试医务室", "INFIRMARY",
                LocalDate.now().plusMonths(1), List.of("内科"), new ClinicFilingRequest.Head("张医生",
                "11010519491231002X", "QC-1"), List.of(new ClinicFilingRequest.Staff("李护士",
                "440524188001010014", "护士", "NC-1")), null, "一楼"));
        String code = materials.required(draft).get(0).code();

        CaseView.Material first = materials.upload(applicant, draft.caseNo(), code, "../决定.pdf",
                new ByteArrayInputStream(TestData.pdf()));
        assertThat(materials.ofCase(draft.id())).containsExactly(first);
        assertThat(first.fileName()).isEqualTo("决定.pdf");
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(first.superseded()).isFalse();

        CaseView.Material second = materials.upload(applicant, draft.caseNo(), code, "决定（新）.pdf",
                new ByteArrayInputStream(TestData.pdf()));
        List<CaseView.Material> listed = materials.ofCase(draft.id());
        assertThat(listed).contains(second);
        assertThat(listed).filteredOn(m -> m.id() == first.id()).singleElement()
                .satisfies(m -> assertThat(m.superseded()).isTrue());
        assertThat(materials.required(draft)).filteredOn(r -> r.code().equals(code)).singleElement()
                .satisfies(r -> assertThat(r.provided()).isTrue());
    }
}
