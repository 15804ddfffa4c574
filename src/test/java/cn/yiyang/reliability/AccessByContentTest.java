package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access by content, not by status code (issue 14): what a list or an export holds for whom. Every list and export
 * called by one institution holds none of another's rows; a reviewer's inbox holds only their department's tasks;
 * public answers hold no ID number, mobile number or staff account name. Data are made through the API.
 */
@IntegrationTest
class AccessByContentTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** One institution's side of the fixture: its applicant, its partner hospital's applicant, its case numbers. */
    record Side(Institution home, String applicant, String hospital, List<String> caseNos) {
    }

    private Side side() {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String applicant = data.applicantOf(home, null).username();
        Institution partner = data.institution(InstitutionType.MEDICAL);
        String hospital = data.applicantOf(partner, null).username();
        String filing = submitted(applicant, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        String agreement = submitted(applicant, "/api/v1/agreements",
                AccessMatrixTest.agreement(partner.creditCode(), "25000.00"));
        return new Side(home, applicant, hospital, List.of(filing, agreement));
    }

    /** Files an application through the API, uploads every required material and submits it. */
    private String submitted(String user, String path, Object body) {
        Api.Response created = api.post(user, path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseNo = created.text("caseNo");
        for (JsonNode m : api.get(user, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            assertThat(api.upload(user, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(), "m.pdf",
                    TestData.pdf()).status()).isEqualTo(201);
        }
        assertThat(api.post(user, "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        return caseNo;
    }

    /** The lists and exports an institution's applicant reads, each as the text of the answer. */
    private Map<String, String> everyListAndExport(String user) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String list : List.of("/api/v1/cases", "/api/v1/tasks?scope=all", "/api/v1/tasks/done",
                "/api/v1/institutions", "/api/v1/agreements", "/api/v1/licences")) {
            String sep = list.contains("?") ? "&" : "?";
            out.put(list, json(user, list + sep + "size=200"));
        }
        for (String export : List.of("/api/v1/cases/export.xlsx", "/api/v1/tasks/export.xlsx",
                "/api/v1/institutions/export.xlsx", "/api/v1/agreements/export.xlsx")) {
            out.put(export, xlsx(api.get(user, export), export));
        }
        for (String list : List.of("/api/v1/cases", "/api/v1/tasks", "/api/v1/institutions", "/api/v1/agreements")) {
            out.put(list + " (Accept: xlsx)", xlsx(api.call(HttpMethod.GET, user, list, null, Map.of("Accept", XLSX)),
                    list));
        }
        return out;
    }

    private String json(String user, String path) {
        Api.Response r = api.get(user, path);
        assertThat(r.status()).as(user + " " + path).isEqualTo(200);
        return new String(r.raw(), StandardCharsets.UTF_8);
    }

    /** Every cell of every sheet of an .xlsx answer, one line per row. */
    static String xlsx(Api.Response r, String what) {
        assertThat(r.status()).as(what).isEqualTo(200);
        assertThat(r.contentType()).as(what).startsWith(XLSX);
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.raw()))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    row.stream().forEach(c -> out.append(c == null ? "" : c.getText()).append('\t'));
                    out.append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void every_list_and_export_read_by_one_institution_holds_none_of_another_institutions_rows() {
        Side a = side();
        Side b = side();
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        for (Side[] pair : new Side[][] {{a, b}, {b, a}}) {
            Side own = pair[0];
            Side other = pair[1];
            Map<String, String> answers = everyListAndExport(own.applicant());
            answers.putAll(prefixed("partner ", everyListAndExport(own.hospital())));
            List<String> foreign = new ArrayList<>(other.caseNos());
            foreign.add(other.home().name());
            foreign.add(other.home().creditCode());
            for (Map.Entry<String, String> e : answers.entrySet()) {
                for (String marker : foreign) {
                    checks++;
                    if (e.getValue().contains(marker)) {
                        wrong.add(own.home().name() + " reads " + marker + " of " + other.home().name() + " in "
                                + e.getKey());
                    }
                }
            }
            // the same lists do hold the institution's own rows: the reading itself works
            assertThat(answers.get("/api/v1/cases")).contains(own.caseNos());
            assertThat(answers.get("/api/v1/cases/export.xlsx")).contains(own.caseNos());
            assertThat(answers.get("/api/v1/cases (Accept: xlsx)")).contains(own.caseNos());
            assertThat(answers.get("/api/v1/agreements")).contains(own.caseNos().get(1));
            assertThat(answers.get("/api/v1/agreements/export.xlsx")).contains(own.caseNos().get(1));
            assertThat(answers.get("/api/v1/institutions")).contains(own.home().creditCode());
            assertThat(answers.get("/api/v1/institutions/export.xlsx")).contains(own.home().creditCode());
            // the partner hospital confirms the agreement in its inbox
            assertThat(answers.get("partner /api/v1/tasks?scope=all")).contains(own.caseNos().get(1));
            assertThat(answers.get("partner /api/v1/tasks/export.xlsx")).contains(own.caseNos().get(1));
        }
        assertThat(wrong).as("another institution's rows in a list or export (" + checks + " checks)").isEmpty();
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> in) {
        Map<String, String> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    /** Every task of a reviewer's inbox, all pages. */
    private List<JsonNode> inbox(String user) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get(user, "/api/v1/tasks?scope=all&size=200&page=" + page).body();
            body.get("items").forEach(items::add);
            if (body.get("items").size() < 200) {
                return items;
            }
        }
    }

    @Test
    void a_reviewers_inbox_holds_only_the_tasks_of_their_own_department() {
        // a HEALTH task: a clinic filing's completeness check; a CIVIL task: a subsidy claim's review
        String healthCase = submitted(data.applicantOf(InstitutionType.ELDERLY_CARE).username(),
                "/api/v1/clinic-filings", ConcurrencyTest.filing());
        Institution partner = data.institution(InstitutionType.MEDICAL);
        String hospital = data.applicantOf(partner, null).username();
        String home = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        String agreement = submitted(home, "/api/v1/agreements", AccessMatrixTest.agreement(partner.creditCode(),
                "25000.00"));
        assertThat(api.complete(hospital, api.taskId(hospital, agreement, "Task_PartnerConfirm"), "CONFIRM", "同意",
                Map.of()).status()).isIn(200, 204);
        Api.Response claim = api.post(home, "/api/v1/agreements/" + agreement + "/subsidy-claims",
                Map.of("feePaid", "25000.00", "paidOn", LocalDate.now().toString()));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String claimNo = claim.text("caseNo");
        for (JsonNode m : api.get(home, "/api/v1/cases/" + claimNo).body().get("requiredMaterials")) {
            api.upload(home, "/api/v1/cases/" + claimNo + "/materials", m.get("code").asText(), "m.pdf", TestData.pdf());
        }
        assertThat(api.post(home, "/api/v1/cases/" + claimNo + "/submit", null).status()).isEqualTo(200);

        Map<String, String> reviewers = Map.of("civil1", "CIVIL_REVIEWER", "health1", "HEALTH_REVIEWER");
        Map<String, List<JsonNode>> inboxes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> r : reviewers.entrySet()) {
            List<JsonNode> items = inbox(r.getKey());
            inboxes.put(r.getKey(), items);
            for (JsonNode t : items) {
                List<String> groups = new ArrayList<>();
                t.path("candidateGroups").forEach(g -> groups.add(g.asText()));
                // offered to the reviewer's own department (a task may be offered to several) or claimed by them
                if (!groups.contains(r.getValue()) && !r.getKey().equals(t.path("assignee").asText())) {
                    wrong.add(r.getKey() + " holds " + t.path("caseNo").asText() + " " + t.path("key").asText() + " "
                            + groups);
                }
            }
        }
        assertThat(wrong).as("tasks of another department in a reviewer's inbox").isEmpty();
        assertThat(caseNos(inboxes.get("health1"))).contains(healthCase).doesNotContain(claimNo);
        assertThat(caseNos(inboxes.get("civil1"))).contains(claimNo).doesNotContain(healthCase);
        assertThat(xlsx(api.get("civil1", "/api/v1/tasks/export.xlsx"), "civil1 tasks")).contains(claimNo)
                .doesNotContain(healthCase);
        assertThat(xlsx(api.get("health1", "/api/v1/tasks/export.xlsx"), "health1 tasks")).contains(healthCase)
                .doesNotContain(claimNo);
    }

    private static List<String> caseNos(List<JsonNode> items) {
        return items.stream().map(t -> t.path("caseNo").asText()).toList();
    }

    @Test
    void the_personal_data_check_finds_an_id_number_a_mobile_number_and_a_staff_account() {
        List<String> staff = List.of("health1", "health-lead");
        assertThat(PersonalData.find("负责人 11010519491231002X，电话 13912345678，经办 health1", staff))
                .containsExactly("11010519491231002X", "13912345678", "account health1");
        assertThat(PersonalData.find("案件 NSBA-533103-2026-000011 信用代码 12533103MB0000101A 编号 MZB533103202600001 "
                + "时间 1733312345678 卫健局 health1x", staff)).isEmpty();
    }

    @Test
    void public_answers_hold_no_id_number_no_mobile_number_and_no_staff_account_name() {
        // a filing with ID numbers in it, its check claimed by a named reviewer: the public progress shows neither
        String applicant = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        String caseNo = submitted(applicant, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        assertThat(api.post("health1", "/api/v1/tasks/" + api.taskId("health1", caseNo, "Task_CheckCompleteness")
                + "/claim", null).status()).isEqualTo(200);
        String creditCode = jdbc.queryForObject("select i.credit_code from institution i join account a "
                + "on a.institution_id = i.id where a.username = ?", String.class, applicant);
        assertThat(new String(api.get(applicant, "/api/v1/clinic-filings/" + caseNo).raw(), StandardCharsets.UTF_8))
                .as("the case holds ID numbers: even its applicant reads them masked")
                .contains("110105********002X").doesNotContain("11010519491231002X");
        List<String> staff = PersonalData.staffUsernames(jdbc);
        assertThat(staff).contains("admin", "health1", "window1", "gov1");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("progress", publicJson("/api/v1/public/cases/" + caseNo + "?creditCode=" + creditCode));
        for (int page = 0; page < 50; page++) {
            String body = publicJson("/api/v1/public/registry?size=200&page=" + page);
            answers.put("registry page " + page, body);
            if (!body.contains("\"registrationNo\"")) {
                break;
            }
        }
        answers.put("check-items", publicJson("/api/v1/public/check-items"));
        int year = LocalDate.now().getYear();
        for (int y = year - 2; y <= year; y++) {
            answers.put("inspection-results " + y, publicJson("/api/v1/public/inspection-results?year=" + y));
            answers.put("inspection-results.xlsx " + y, xlsx(api.get(null,
                    "/api/v1/public/inspection-results/export.xlsx?year=" + y), "results " + y));
        }
        for (Long draw : jdbc.queryForList("select id from inspection_draw", Long.class)) {
            Api.Response r = api.get(null, "/api/v1/public/draws/" + draw);
            if (r.status() == 200) {
                answers.put("draw " + draw, new String(r.raw(), StandardCharsets.UTF_8));
            }
        }
        assertThat(answers.get("progress")).contains(caseNo);
        List<String> wrong = new ArrayList<>();
        answers.forEach((what, text) -> PersonalData.find(text, staff).forEach(f -> wrong.add(what + ": " + f)));
        assertThat(wrong).as("personal data in " + answers.size() + " public answers").isEmpty();
    }

    private String publicJson(String path) {
        Api.Response r = api.get(null, path);
        assertThat(r.status()).as(path).isEqualTo(200);
        return new String(r.raw(), StandardCharsets.UTF_8);
    }
}
