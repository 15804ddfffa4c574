package cn.yiyang.ui.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's run over its REST API: the demo accounts, a clinic filing from draft to the signed 备案凭证, every file
 * of every case, the public endpoints. Runs only against a product started by scripts/readme-run.sh.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeApiSmokeTest {

    /** Floors: a run that reads fewer than these has tested nothing worth a PASSED. */
    static final int MIN_ACCOUNTS = 25;
    static final int MIN_CASES = 20;
    static final int MIN_CASES_WITH_MATERIALS = 10;
    static final int MIN_CASES_WITH_DOCUMENTS = 5;

    static final SmokeHttp api = new SmokeHttp(SmokeTarget.baseUrl());
    static String filedCase;
    static String filedNumber;
    static String clinicName;

    @Test
    @Order(1)
    void every_demo_account_logs_in_over_the_api_with_the_demo_password() {
        List<String> accounts = SmokeTarget.demoAccounts();
        List<String> refused = new ArrayList<>();
        for (String account : accounts) {
            SmokeHttp.Response me = api.get(account, "/api/v1/me");
            if (me.status() != 200 || !account.equals(me.json().path("username").asText())) {
                refused.add(me.toString());
            }
        }
        SmokeTarget.noProblems("demo accounts did not log in", refused);
        assertThat(accounts).as("demo accounts found in demo-data.sql and the README").hasSizeGreaterThanOrEqualTo(MIN_ACCOUNTS);
        SmokeTarget.count("accounts.api", accounts.size());
    }

    @Test
    @Order(2)
    void a_clinic_filing_goes_from_the_applicants_draft_to_the_leaders_signed_receipt() throws Exception {
        clinicName = "中心敬老院医务室（自测" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")) + "）";
        Map<String, Object> filing = Map.of("clinicName", clinicName, "clinicType", "INFIRMARY",
                "openingDate", LocalDate.now().plusMonths(2).toString(), "services", List.of("内科"),
                "head", Map.of("name", "张医生", "idNumber", "11010519491231002X", "qualificationNo", "QC-1"),
                "staff", List.of(Map.of("name", "李护士", "idNumber", "440524188001010014", "profession", "护士",
                        "certificateNo", "NC-1")));
        SmokeHttp.Response created = api.post("applicant1", "/api/v1/clinic-filings", filing,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        filedCase = created.json().get("caseNo").asText();

        JsonNode required = created.json().get("requiredMaterials");
        assertThat(required).as("required materials of a new filing").isNotEmpty();
        for (JsonNode m : required) {
            String code = m.get("code").asText();
            SmokeHttp.Response up = api.upload("applicant1", "/api/v1/cases/" + filedCase + "/materials", code,
                    code + ".pdf", pdf());
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
        }
        SmokeHttp.Response submitted = api.post("applicant1", "/api/v1/cases/" + filedCase + "/submit", null, Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        complete("health1", "Task_CheckCompleteness", "ACCEPT");
        complete("health1", "Task_Register", "APPROVE");
        complete("health-lead", "Task_SignOff", "APPROVE");

        JsonNode done = api.get("applicant1", "/api/v1/cases/" + filedCase).json();
        assertThat(done.get("status").asText()).as("status of " + filedCase).isEqualTo("CLOSED");
        assertThat(done.get("materials")).hasSize(required.size());
        JsonNode receipt = null;
        for (JsonNode d : done.get("documents")) {
            if (d.get("kind").asText().equals("FILING_RECEIPT")) {
                receipt = d;
            }
        }
        assertThat(receipt).as("备案凭证 of " + filedCase).isNotNull();
        filedNumber = receipt.get("number").asText();
        SmokeHttp.Response pdf = api.get("applicant1", "/api/v1/cases/" + filedCase + "/documents/"
                + receipt.get("id").asLong());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(squeeze(text)).contains(squeeze(clinicName), filedNumber);
        SmokeTarget.count("filing.caseNo", filedCase);
        SmokeTarget.count("filing.registrationNo", filedNumber);
    }

    private void complete(String user, String key, String outcome) {
        SmokeHttp.Response inbox = api.get(user, "/api/v1/tasks?scope=all&q=" + filedCase);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        String id = null;
        for (JsonNode t : inbox.json().get("items")) {
            if (t.get("key").asText().equals(key)) {
                id = t.get("id").asText();
            }
        }
        assertThat(id).as(key + " of " + filedCase + " in the inbox of " + user).isNotNull();
        SmokeHttp.Response r = api.post(user, "/api/v1/tasks/" + id + "/complete",
                Map.of("outcome", outcome, "comment", "同意"), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /**
     * Every case a reader can reach — the ADMIN lists every submitted one, each applicant its own drafts too — and
     * every material and issued document of each: 200, the bytes' SHA-256 the one recorded (a material's in the case,
     * a document's in its Digest header), a PDF that parses, and a document whose text names the case's institution
     * (or, for a plan's documents without an institution, the case number).
     */
    @Test
    @Order(3)
    void every_material_and_document_of_every_case_downloads_with_its_recorded_sha256() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>(); // case number → a user who may read it
        listCases("admin", cases);
        for (String applicant : SmokeTarget.demoAccounts()) {
            if (api.get(applicant, "/api/v1/me").json().path("roles").toString().contains("APPLICANT")) {
                listCases(applicant, cases);
            }
        }
        List<String> problems = new ArrayList<>();
        int materials = 0; // downloaded and verified
        int documents = 0;
        int withMaterials = 0;
        int withDocuments = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String caseNo = c.getKey();
            String user = c.getValue();
            SmokeHttp.Response view = api.get(user, "/api/v1/cases/" + caseNo);
            if (view.status() != 200) {
                problems.add(view.toString());
                continue;
            }
            JsonNode v = view.json();
            String institution = v.path("applicant").path("name").asText("");
            for (JsonNode m : v.get("materials")) {
                SmokeHttp.Response file = api.get(user, "/api/v1/cases/" + caseNo + "/materials/" + m.get("id").asLong());
                String problem = checkFile(file, m.get("sha256").asText(), m.get("size").asLong(), null);
                if (problem != null) {
                    problems.add(caseNo + " material " + m.get("code").asText() + ": " + problem);
                } else {
                    materials++;
                }
            }
            for (JsonNode d : v.get("documents")) {
                SmokeHttp.Response file = api.get(user, "/api/v1/cases/" + caseNo + "/documents/" + d.get("id").asLong());
                String digest = file.header("Digest");
                String named = institution.isEmpty() ? caseNo : institution;
                String problem = digest == null || !digest.startsWith("sha-256=") ? "no Digest header: " + file
                        : checkFile(file, digest.substring("sha-256=".length()), -1, named);
                if (problem == null && !"application/pdf".equals(file.header("Content-Type"))) {
                    problem = "not a PDF: " + file.header("Content-Type");
                }
                if (problem != null) {
                    problems.add(caseNo + " document " + d.get("kind").asText() + " " + d.path("number").asText() + ": " + problem);
                } else {
                    documents++;
                }
            }
            withMaterials += v.get("materials").isEmpty() ? 0 : 1;
            withDocuments += v.get("documents").isEmpty() ? 0 : 1;
        }
        SmokeTarget.count("cases.read", cases.size());
        SmokeTarget.count("materials.verified", materials);
        SmokeTarget.count("documents.verified", documents);
        SmokeTarget.noProblems("materials or documents did not download as recorded", problems);
        assertThat(cases).as("cases listed").hasSizeGreaterThanOrEqualTo(MIN_CASES).containsKey(filedCase);
        assertThat(withMaterials).as("cases with at least one material, all downloaded").isGreaterThanOrEqualTo(MIN_CASES_WITH_MATERIALS);
        assertThat(withDocuments).as("cases with at least one document, all downloaded").isGreaterThanOrEqualTo(MIN_CASES_WITH_DOCUMENTS);
    }

    private static void listCases(String user, Map<String, String> into) {
        for (int page = 0; ; page++) {
            SmokeHttp.Response r = api.get(user, "/api/v1/cases?size=200&page=" + page);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode items = r.json().get("items");
            items.forEach(i -> into.putIfAbsent(i.get("caseNo").asText(), user));
            if (items.size() < 200) {
                return;
            }
        }
    }

    /** Null when the download is right; else what is wrong with it. */
    private static String checkFile(SmokeHttp.Response file, String sha256, long size, String named) {
        if (file.status() != 200) {
            return file.toString();
        }
        String actual = sha256(file.body());
        if (!actual.equalsIgnoreCase(sha256)) {
            return "SHA-256 " + actual + " ≠ recorded " + sha256;
        }
        if (size >= 0 && file.body().length != size) {
            return file.body().length + " bytes ≠ recorded " + size;
        }
        String type = file.header("Content-Type");
        if (type != null && type.startsWith("application/pdf")) {
            String text;
            try {
                text = pdfText(file.body());
            } catch (IOException e) {
                return "PDF does not parse: " + e.getMessage();
            }
            if (named != null && !squeeze(text).contains(squeeze(named))) {
                return "PDF text does not name " + named;
            }
        }
        return null;
    }

    @Test
    @Order(4)
    void the_public_pages_and_their_api_answer_without_login() {
        int answered = 0;
        for (String page : List.of("/public/registry", "/public/progress", "/public/inspections", "/public/check-items",
                "/login")) {
            SmokeHttp.Response r = api.get(null, page);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.header("Content-Type")).as(page).startsWith("text/html");
            answered++;
        }
        SmokeHttp.Response registry = api.get(null, "/api/v1/public/registry?size=200");
        assertThat(registry.status()).as(registry.toString()).isEqualTo(200);
        assertThat(registry.text()).as("the new filing in the public registry").contains(filedNumber, clinicName);
        answered++;
        SmokeHttp.Response checkItems = api.get(null, "/api/v1/public/check-items");
        assertThat(checkItems.status()).as(checkItems.toString()).isEqualTo(200);
        assertThat(checkItems.json()).as("public check items").isNotEmpty();
        answered++;
        SmokeHttp.Response results = api.get(null, "/api/v1/public/inspection-results");
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        assertThat(results.json()).as("published inspection results of this year (the demo publishes some)").isNotEmpty();
        answered++;
        SmokeHttp.Response xlsx = api.get(null, "/api/v1/public/inspection-results/export.xlsx");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.body()).as("an .xlsx is a zip").startsWith(0x50, 0x4b);
        answered++;
        String creditCode = api.get("applicant1", "/api/v1/me").json().get("institution").get("creditCode").asText();
        SmokeHttp.Response progress = api.get(null, "/api/v1/public/cases/" + filedCase + "?creditCode=" + creditCode);
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.json().get("status").asText()).isEqualTo("已办结");
        answered++;
        for (String open : List.of("/actuator/health", "/actuator/health/readiness", "/v3/api-docs")) {
            SmokeHttp.Response r = api.get(null, open);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            answered++;
        }
        SmokeTarget.count("public.answered", answered);
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** PDF text breaks lines anywhere: compare without white space. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
