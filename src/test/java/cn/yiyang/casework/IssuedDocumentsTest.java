package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.document.DocumentContent;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class IssuedDocumentsTest {

    private static final Pattern NUMBER = Pattern.compile("芒卫(.+)字〔(\\d{4})〕(\\d{4})号");

    @LocalServerPort int port;
    @Autowired IssuedDocuments documents;
    @Autowired CaseService cases;
    @Autowired Users users;

    private CaseInfo draft() {
        CurrentUser applicant = users.get("applicant1");
        return cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院", "文书测试");
    }

    private IssuedDocuments.Issued issue(CaseInfo c, DocumentKind kind) {
        return documents.issue(c.id(), kind, "卫", "health1", number -> new DocumentContent(kind.label(), number,
                "芒市中心敬老院", List.of("你单位提交的申请材料齐全、符合法定形式，决定予以受理。"), null, null,
                documents.authority("卫生健康局"), LocalDate.of(2026, 10, 12)));
    }

    @Test
    void an_issued_document_is_a_pdf_with_its_chinese_title_and_its_number() throws Exception {
        CaseInfo c = draft();
        IssuedDocuments.Issued issued = issue(c, DocumentKind.ACCEPTANCE_NOTICE);
        assertThat(issued.number()).matches(NUMBER.pattern());

        StoredFile file = documents.open(users.get("applicant1"), c.caseNo(), issued.id());
        assertThat(file.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("受理通知书").contains(issued.number()).contains("芒市卫生健康局");
        }
        assertThat(documents.ofCase(c.id())).extracting(CaseView.Document::number).containsExactly(issued.number());
        assertThat(cases.get(c.id()).id()).isEqualTo(c.id());
    }

    @Test
    void numbers_are_unique_and_sequential_per_kind_and_year() {
        CaseInfo c = draft();
        List<IssuedDocuments.Issued> acceptances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acceptances.add(issue(c, DocumentKind.ACCEPTANCE_NOTICE));
        }
        IssuedDocuments.Issued supplement = issue(c, DocumentKind.SUPPLEMENT_NOTICE);
        IssuedDocuments.Issued fourth = issue(c, DocumentKind.ACCEPTANCE_NOTICE);
        acceptances.add(fourth);

        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        List<Integer> seqs = new ArrayList<>();
        for (IssuedDocuments.Issued d : acceptances) {
            Matcher m = NUMBER.matcher(d.number());
            assertThat(m.matches()).isTrue();
            assertThat(m.group(1)).isEqualTo("受");
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(year);
            seqs.add(Integer.parseInt(m.group(3)));
        }
        assertThat(seqs).containsExactly(seqs.get(0), seqs.get(0) + 1, seqs.get(0) + 2, seqs.get(0) + 3);
        Matcher s = NUMBER.matcher(supplement.number());
        assertThat(s.matches()).isTrue();
        assertThat(s.group(1)).isEqualTo("补");
        assertThat(documents.ofCase(c.id())).extracting(CaseView.Document::number).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void a_document_downloads_as_a_pdf_for_whoever_may_see_the_case() {
        CaseInfo c = draft();
        IssuedDocuments.Issued issued = issue(c, DocumentKind.ACCEPTANCE_NOTICE);
        ResponseEntity<byte[]> r = Http.as(port, "applicant1").get()
                .uri("/api/v1/cases/{no}/documents/{id}", c.caseNo(), issued.id()).retrieve().toEntity(byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(r.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(r.getHeaders().getContentDisposition().getFilename()).contains("受理通知书");

        assertThat(Http.as(port, "applicant2").get().uri("/api/v1/cases/{no}/documents/{id}", c.caseNo(), issued.id())
                .retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(404);
    }
}
