package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Matter;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.document.PdfRenderer;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Uploading materials (API.md "Cases"): type by content, size limit, safe names, nothing kept when refused. */
@IntegrationTest
class MaterialsApiTest {

    private static final Path FILES = Path.of("target/test-data/files");

    @LocalServerPort int port;
    @Autowired CaseService cases;
    @Autowired MaterialService materials;
    @Autowired PdfRenderer renderer;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    CaseInfo draft;

    @BeforeEach
    void draftOfApplicant1() {
        CurrentUser applicant = users.get("applicant1");
        draft = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院", "材料测试");
    }

    private byte[] pdf() {
        return renderer.render(new DocumentContent("房屋产权证明", "测试", "芒市中心敬老院", List.of("证明内容"), null, null,
                "芒市", LocalDate.of(2026, 3, 2)));
    }

    private ResponseEntity<String> upload(String user, String caseNo, String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("code", "OTHER");
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return Http.as(port, user).post().uri("/api/v1/cases/{no}/materials", caseNo)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(String.class);
    }

    private int materialRows() {
        return jdbc.queryForObject("select count(*) from case_material where case_id = ?", Integer.class, draft.id());
    }

    private static long storedFiles() throws IOException {
        if (!Files.isDirectory(FILES)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(FILES)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void a_real_pdf_is_stored_with_its_sha256() throws Exception {
        byte[] pdf = pdf();
        ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "产权证明.pdf", pdf);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
        JsonNode m = Http.json(r);
        assertThat(m.path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(m.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(m.path("fileName").asText()).isEqualTo("产权证明.pdf");

        String key = jdbc.queryForObject("select storage_key from case_material where id = ?", String.class,
                m.path("id").asLong());
        Path stored = FILES.resolve(key);
        assertThat(stored).exists();
        assertThat(Files.readAllBytes(stored)).isEqualTo(pdf);

        ResponseEntity<byte[]> download = Http.as(port, "applicant1").get()
                .uri("/api/v1/cases/{no}/materials/{id}", draft.caseNo(), m.path("id").asLong())
                .retrieve().toEntity(byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void files_that_are_not_pdf_jpeg_or_png_by_content_are_refused_with_415_and_nothing_is_kept() throws Exception {
        int rows = materialRows();
        long files = storedFiles();
        byte[] elf = new byte[256];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        byte[] text = "这是一个文本文件，不是 PDF。\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] fakePdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n这不是真的 PDF\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] content : List.of(elf, text, fakePdf)) {
            ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "申请书.pdf", content);
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(415);
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        assertThat(materialRows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_nothing_is_kept() throws Exception {
        int rows = materialRows();
        long files = storedFiles();
        MaterialService target = AopTestUtils.getTargetObject(materials);
        long limit = materials.maxBytes();
        ReflectionTestUtils.setField(target, "maxBytes", 1024L);
        try {
            byte[] pdf = pdf();
            assertThat(pdf.length).isGreaterThan(1024);
            ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "大文件.pdf", pdf);
            assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(413);
            assertThat(Http.json(r).path("title").asText()).isEqualTo("文件过大");
        } finally {
            ReflectionTestUtils.setField(target, "maxBytes", limit);
        }
        assertThat(materialRows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void a_request_over_the_multipart_limit_is_413() {
        byte[] big = new byte[21 * 1024 * 1024];
        big[0] = '%';
        ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "21MB.pdf", big);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(413);
        assertThat(materialRows()).isZero();
    }

    @Test
    void a_hostile_file_name_is_stored_as_a_safe_name() throws Exception {
        ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "../../etc/passwd\u0007\u001b\t.pdf", pdf());
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
        String name = Http.json(r).path("fileName").asText();
        assertThat(name).isEqualTo("passwd.pdf");
        String stored = jdbc.queryForObject("select file_name from case_material where id = ?", String.class,
                Http.json(r).path("id").asLong());
        assertThat(stored).isEqualTo("passwd.pdf").doesNotContain("/", "..");
        assertThat(stored.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void another_applicant_can_neither_download_nor_upload_to_the_case() throws Exception {
        ResponseEntity<String> r = upload("applicant1", draft.caseNo(), "证明.pdf", pdf());
        long id = Http.json(r).path("id").asLong();
        ResponseEntity<String> other = Http.as(port, "applicant2").get()
                .uri("/api/v1/cases/{no}/materials/{id}", draft.caseNo(), id).retrieve().toEntity(String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(other.getBody()).doesNotContain("%PDF");
        int rows = materialRows();
        assertThat(upload("applicant2", draft.caseNo(), "证明.pdf", pdf()).getStatusCode().value()).isEqualTo(404);
        assertThat(materialRows()).isEqualTo(rows);
    }
}
