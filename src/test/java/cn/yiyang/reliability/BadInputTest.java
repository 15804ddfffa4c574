package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of hostile requests against every write endpoint, the uploads and every search parameter (issue 9, "Bad
 * input"). Each must get a 4xx RFC 9457 problem (never a 5xx), store nothing (the rows of every business table are
 * counted before and after), and leave the server healthy. The number of cases tried is printed for the README.
 */
@IntegrationTest
class BadInputTest {

    /** The tables a write could touch; the count of each must not move for a refused request. */
    static final List<String> TABLES = List.of("institution", "account", "case_file", "case_material", "case_document",
            "clinic_filing", "clinic_staff", "licence_application", "check_item", "inspection_plan",
            "inspector_conflict", "idempotency_record", "audit_entry", "calendar_day", "notification");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Free-text search is a bound LIKE parameter: these act as LIKE's wildcard and escape characters (or, NUL, are
     * ignored by the collation) and may match rows; no injection, but not "nothing found" either.
     */
    private static final Set<String> LIKE_SPECIALS = Set.of("%", "_", "\\", "\u0000");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    Api api;
    final HttpClient http = HttpClient.newHttpClient();
    int tried;
    final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** The row count of every table in {@link #TABLES}, in one round trip. */
    private Map<String, Object> counts() {
        return jdbc.queryForMap("select " + String.join(", ", TABLES.stream()
                .map(t -> "(select count(*) from " + t + ") as " + t).toList()));
    }

    private static String password(String user) {
        return user.startsWith("t") ? "test-password-1" : "demo";
    }

    private HttpResponse<byte[]> send(String method, String user, String path, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** One hostile request: refused with one of {@code expected}, as a problem document, with nothing stored. */
    private void refused(String label, String method, String user, String path, String contentType, byte[] body,
                         Integer... expected) throws Exception {
        tried++;
        Map<String, Object> before = counts();
        HttpResponse<byte[]> r = send(method, user, path, contentType, body);
        Map<String, Object> after = counts();
        String text = new String(r.body(), StandardCharsets.UTF_8);
        String where = label + " → " + method + " " + path + ": ";
        if (!Set.of(expected).contains(r.statusCode())) {
            wrong.add(where + "expected " + List.of(expected) + ", got " + r.statusCode() + " "
                    + text.substring(0, Math.min(200, text.length())));
        } else if (!r.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")) {
            wrong.add(where + "not a problem document: " + r.headers().firstValue("Content-Type").orElse(""));
        } else if (!after.equals(before)) {
            wrong.add(where + "stored something: " + before + " → " + after);
        }
    }

    private void refusedJson(String label, String method, String user, String path, Object body, Integer... expected)
            throws Exception {
        refused(label, method, user, path, "application/json", JSON.writeValueAsBytes(body), expected);
    }

    /** The generic attacks on any JSON write: syntax, shape, media type, depth, size and a wrong type per field. */
    private void genericJson(String method, String user, String path, Map<String, Object> valid, String textField,
                             String numberField) throws Exception {
        String base = method + " " + path;
        refused(base + " malformed JSON", method, user, path, "application/json",
                "{\"name\": \"未闭合".getBytes(StandardCharsets.UTF_8), 400);
        refused(base + " empty body", method, user, path, "application/json", new byte[0], 400);
        refused(base + " JSON array instead of object", method, user, path, "application/json", "[]".getBytes(), 400);
        refused(base + " JSON null", method, user, path, "application/json", "null".getBytes(), 400);
        refused(base + " text/plain", method, user, path, "text/plain", "name=x".getBytes(), 415);
        refused(base + " XML", method, user, path, "application/xml", "<a/>".getBytes(), 415);
        refused(base + " nested 5000 deep", method, user, path, "application/json",
                ("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(), 400);
        refused(base + " invalid UTF-8", method, user, path, "application/json",
                new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400);
        if (textField != null) {
            Map<String, Object> huge = new HashMap<>(valid);
            huge.put(textField, "长".repeat(1_000_000)); // 3 MB of UTF-8
            // 404/422: the size passed the field's limit and the target or a rule refused it; nothing stored either way
            refusedJson(base + " 3 MB in " + textField, method, user, path, huge, 400, 404, 413, 422);
            Map<String, Object> wrongType = new HashMap<>(valid);
            wrongType.put(textField, Map.of("nested", List.of(1, 2)));
            refusedJson(base + " object for text " + textField, method, user, path, wrongType, 400);
            Map<String, Object> control = new HashMap<>(valid);
            control.put(textField, "");
            refusedJson(base + " blank " + textField, method, user, path, control, 400);
        }
        if (numberField != null) {
            for (Object bad : List.of("many", -1, -2147483649L, 2147483648L, 1e40, "1e400", true, List.of(1))) {
                Map<String, Object> m = new HashMap<>(valid);
                m.put(numberField, bad);
                refusedJson(base + " " + numberField + "=" + bad, method, user, path, m, 400);
            }
        }
    }

    @Test
    void hostile_requests_to_every_write_endpoint_are_refused_with_a_problem_and_store_nothing() throws Exception {
        CurrentUser applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        String owner = applicant.username();
        Api.Response draft = api.post(owner, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        assertThat(draft.status()).isEqualTo(201);
        String caseNo = draft.text("caseNo");
        JsonNode institution = api.post("admin", "/api/v1/institutions", ConcurrencyTest.institution("坏输入测试养老院",
                TestData.creditCode(), 0)).body();
        long institutionId = institution.get("id").asLong();

        // institutions
        Map<String, Object> inst = ConcurrencyTest.institution("坏输入养老院", TestData.creditCode(), 0);
        inst.remove("version");
        genericJson("POST", "admin", "/api/v1/institutions", inst, "name", "beds");
        for (String code : List.of("91533103MA6K1234X0", "91533103ma6k1234x9", "9153310", "91533103MA6K1234XI",
                "' or 1=1 --", "52533103<script>", "５２５３３１０３ＭＪＤ４８６９６Ｌ")) {
            Map<String, Object> m = new HashMap<>(inst);
            m.put("creditCode", code);
            refusedJson("invalid 统一社会信用代码 " + code, "POST", "admin", "/api/v1/institutions", m, 400);
        }
        for (String field : List.of("type", "ownership", "profit")) {
            Map<String, Object> m = new HashMap<>(inst);
            m.put(field, "DROP TABLE institution");
            refusedJson("unknown " + field, "POST", "admin", "/api/v1/institutions", m, 400);
        }
        Map<String, Object> edit = ConcurrencyTest.institution("坏输入测试养老院", institution.get("creditCode").asText(), 0);
        genericJson("PUT", "admin", "/api/v1/institutions/" + institutionId, edit, "name", "beds");
        refusedJson("id that is not a number", "PUT", "admin", "/api/v1/institutions/1%20or%201=1", edit, 400);
        refusedJson("id out of range", "PUT", "admin", "/api/v1/institutions/99999999999999999999", edit, 400);
        refusedJson("version that is not a number", "PUT", "admin", "/api/v1/institutions/" + institutionId,
                with(edit, "version", "latest"), 400);

        // clinic filings
        Map<String, Object> filing = new HashMap<>(ConcurrencyTest.filing());
        genericJson("POST", owner, "/api/v1/clinic-filings", filing, "clinicName", null);
        for (String id : List.of("110105194912310021", "110105194913310020", "11010519491231002", "1101051949123100200",
                "11010519491231002x ", "000000000000000000", "110105300001010018", "<script>alert(1)</script>")) {
            Map<String, Object> m = new HashMap<>(filing);
            m.put("head", Map.of("name", "张医生", "idNumber", id, "qualificationNo", "QC-1"));
            refusedJson("invalid 身份证号 " + id, "POST", owner, "/api/v1/clinic-filings", m, 400);
        }
        for (Object date : List.of("2026-02-30", "2026-13-01", "1900-01-01", "+999999999-12-31", "20270115", "明天",
                LocalDate.now().minusDays(1).toString(), 1767225600)) {
            refusedJson("opening date " + date, "POST", owner, "/api/v1/clinic-filings", with(filing, "openingDate", date), 400);
        }
        refusedJson("clinic type not in the list", "POST", owner, "/api/v1/clinic-filings",
                with(filing, "clinicType", "../../HOSPITAL"), 400, 422);
        refusedJson("no staff", "POST", owner, "/api/v1/clinic-filings", with(filing, "staff", List.of()), 400);
        refusedJson("201 staff", "POST", owner, "/api/v1/clinic-filings", with(filing, "staff",
                java.util.Collections.nCopies(201, Map.of("name", "李护士", "idNumber", "440524188001010014",
                        "profession", "护士", "certificateNo", "NC-1"))), 400);
        refusedJson("services not a list", "POST", owner, "/api/v1/clinic-filings", with(filing, "services", "内科"), 400);

        // licensing
        Map<String, Object> licence = AccessMatrixTest.licenceApplication();
        genericJson("POST", owner, "/api/v1/licence-applications", licence, "name", "beds");
        refusedJson("registered capital not a number", "POST", owner, "/api/v1/licence-applications",
                with(licence, "registeredCapital", "三百万"), 400, 422);
        refusedJson("registered capital negative", "POST", owner, "/api/v1/licence-applications",
                with(licence, "registeredCapital", "-1"), 400, 422);
        refusedJson("grade not in the list", "POST", owner, "/api/v1/licence-applications",
                with(licence, "grade", "LEVEL_99"), 400);
        String registration = jdbc.queryForObject("select max(registration_no) from licence", String.class);
        genericJson("POST", owner, "/api/v1/licences/" + registration + "/changes",
                Map.of("beds", 10, "reason", "扩建"), "reason", "beds");

        // the case's own writes
        genericJson("POST", owner, "/api/v1/cases/" + caseNo + "/withdraw", Map.of("reason", "撤回"), "reason", null);
        refusedJson("withdraw reason of 501 characters", "POST", owner, "/api/v1/cases/" + caseNo + "/withdraw",
                Map.of("reason", "撤".repeat(501)), 400);
        refusedJson("supplement comment of 2001 characters", "POST", owner, "/api/v1/cases/" + caseNo + "/supplement",
                Map.of("comment", "补".repeat(2001)), 400);
        tried++; // an encoded slash is refused by Tomcat itself, before the application: 400, its own error page
        assertThat(send("POST", owner, "/api/v1/cases/..%2F..%2Fetc%2Fpasswd/submit", null, null).statusCode())
                .isEqualTo(400);
        refused("case number with SQL", "POST", owner, "/api/v1/cases/" + URLEncoder.encode("x' or '1'='1",
                StandardCharsets.UTF_8) + "/submit", null, null, 404);

        // tasks
        String task = "/api/v1/tasks/" + UUID.randomUUID() + "/complete";
        genericJson("POST", "health1", task, Map.of("outcome", "ACCEPT"), "outcome", null);
        refusedJson("comment of 4001 characters", "POST", "health1", task,
                Map.of("outcome", "ACCEPT", "comment", "意".repeat(4001)), 400);

        // inspection
        Map<String, Object> item = AccessMatrixTest.checkItem();
        genericJson("POST", "admin", "/api/v1/check-items", item, "name", null);
        genericJson("PUT", "admin", "/api/v1/check-items/MED-SERVICE", item, "name", null);
        Map<String, Object> plan = AccessMatrixTest.plan();
        genericJson("POST", "supervisor1", "/api/v1/inspection-plans", plan, "name", "inspectorsPerTarget");
        for (Object p : List.of(-0.5, 0, 1.5, "half", 1e308)) {
            refusedJson("proportion " + p, "POST", "supervisor1", "/api/v1/inspection-plans", with(plan, "proportion", p),
                    400);
        }
        refusedJson("period end before start", "POST", "supervisor1", "/api/v1/inspection-plans",
                with(with(plan, "periodStart", "2027-02-01"), "periodEnd", "2027-01-01"), 400, 422);
        long planId = jdbc.queryForObject("select min(id) from inspection_plan", Long.class);
        genericJson("POST", "supervisor1", "/api/v1/inspection-plans/" + planId + "/draw", Map.of("seed", 1), null, null);
        for (Object seed : List.of("abc", 1e40, "1e400", true, List.of(1))) {  // any long is a seed, nothing else
            refusedJson("seed " + seed, "POST", "supervisor1", "/api/v1/inspection-plans/" + planId + "/draw",
                    Map.of("seed", seed), 400);
        }
        genericJson("POST", "admin", "/api/v1/inspector-conflicts", Map.of("inspector", "inspector1", "institutionId",
                institutionId, "reason", "亲属"), "reason", null);
        for (Object id : List.of("many", -1, 2147483648L, 1e40, true)) {
            refusedJson("conflict with institutionId " + id, "POST", "admin", "/api/v1/inspector-conflicts",
                    Map.of("inspector", "inspector1", "institutionId", id, "reason", "亲属"), 400, 404, 409);
        }

        // the calendar
        genericJson("PUT", "admin", "/api/v1/calendar/years/2026", Map.of("days", List.of()), null, null);
        refusedJson("year out of range", "PUT", "admin", "/api/v1/calendar/years/99999", Map.of("days", List.of()),
                400, 404);

        System.out.println("BAD INPUT: " + tried + " hostile write requests tried, " + wrong.size() + " wrong");
        assertThat(wrong).as("hostile write requests answered wrongly (of " + tried + ")").isEmpty();
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
    }

    private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> out = new HashMap<>(m);
        out.put(key, value);
        return out;
    }

    @Test
    void sql_fragments_and_nonsense_in_every_search_parameter_find_nothing_and_never_fail() throws Exception {
        List<String> fragments = List.of("' or '1'='1", "1; drop table case_file; --", "%' union select "
                + "password_hash from account -- ", "%", "\\", "' and sleep(5) --", "\u0000", "长".repeat(3000));
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("/api/v1/institutions?q=", "admin");
        searches.put("/api/v1/institutions?township=", "admin");
        searches.put("/api/v1/institutions?type=", "admin");
        searches.put("/api/v1/cases?q=", "health1");
        searches.put("/api/v1/cases?matter=", "health1");
        searches.put("/api/v1/cases?status=", "health1");
        searches.put("/api/v1/cases?warning=", "health1");
        searches.put("/api/v1/cases?page=", "health1");
        searches.put("/api/v1/cases?size=", "health1");
        searches.put("/api/v1/tasks?q=", "health1");
        searches.put("/api/v1/tasks?scope=", "health1");
        searches.put("/api/v1/tasks?sort=", "health1");
        searches.put("/api/v1/tasks?matter=", "health1");
        searches.put("/api/v1/tasks/done?page=", "health1");
        searches.put("/api/v1/licences?kind=", "health1");
        searches.put("/api/v1/public/registry?type=", null);
        searches.put("/api/v1/public/registry?kind=", null);
        searches.put("/api/v1/public/inspection-results?year=", null);
        searches.put("/api/v1/public/cases/NSBA-533103-2026-000001?creditCode=", null);
        searches.put("/api/v1/calendar/due?days=3&from=", "health1");
        searches.put("/api/v1/calendar/due?from=2026-01-05&days=", "health1");
        int searchesTried = 0;
        for (Map.Entry<String, String> s : searches.entrySet()) {
            for (String fragment : fragments) {
                searchesTried++;
                String path = s.getKey() + URLEncoder.encode(fragment, StandardCharsets.UTF_8);
                long started = System.nanoTime();
                Api.Response r = s.getValue() == null ? api.get(null, path) : api.get(s.getValue(), path);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (r.status() >= 500 || r.status() == 401 || r.status() == 403) {
                    wrong.add(path + ": " + r.status());
                } else if (r.status() == 200 && s.getKey().endsWith("q=") && r.body().path("total").asLong(-1) > 0
                        && !LIKE_SPECIALS.contains(fragment)) {
                    wrong.add(path + ": the fragment matched " + r.body().path("total") + " rows");
                } else if (millis > 4000) {
                    wrong.add(path + ": took " + millis + " ms (injected sleep?)");
                }
            }
        }
        for (String size : List.of("-1", "0", "100000", "2147483648")) {
            Api.Response r = api.get("health1", "/api/v1/cases?size=" + size);
            searchesTried++;
            if (r.status() >= 500 || (r.status() == 200 && r.body().path("size").asInt() > 200)) {
                wrong.add("size=" + size + ": " + r.status() + " " + r.body());
            }
        }
        System.out.println("BAD INPUT: " + searchesTried + " hostile search requests tried, " + wrong.size() + " wrong");
        assertThat(wrong).as("search requests answered wrongly (of " + searchesTried + ")").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_file", Long.class)).isPositive();
    }

    /** A zip archive that inflates to 200 MB of zeros (a decompression bomb), sent as a .pdf. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void hostile_uploads_are_refused_or_stored_under_a_safe_name_and_the_server_stays_healthy() throws Exception {
        CurrentUser applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        String owner = applicant.username();
        Api.Response draft = api.post(owner, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        String caseNo = draft.text("caseNo");
        String code = api.get(owner, "/api/v1/cases/" + caseNo).body().get("requiredMaterials").get(0).get("code").asText();
        String path = "/api/v1/cases/" + caseNo + "/materials";
        int uploads = 0;

        Map<String, byte[]> refusedFiles = new LinkedHashMap<>();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        refusedFiles.put("program.exe renamed .pdf", exe);
        refusedFiles.put("text that is not a PDF", "这不是 PDF 文件".getBytes(StandardCharsets.UTF_8));
        refusedFiles.put("PDF header but no PDF", "%PDF-1.7\n garbage garbage".getBytes(StandardCharsets.UTF_8));
        refusedFiles.put("zip bomb (200 MB inflated) named .pdf", zipBomb());
        refusedFiles.put("HTML with script named .pdf",
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
        refusedFiles.put("empty file", new byte[0]);
        byte[] pdf = TestData.pdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        refusedFiles.put("truncated PDF", truncated);
        for (Map.Entry<String, byte[]> f : refusedFiles.entrySet()) {
            uploads++;
            long before = jdbc.queryForObject("select count(*) from case_material", Long.class);
            Api.Response r = api.upload(owner, path, code, "材料.pdf", f.getValue());
            long after = jdbc.queryForObject("select count(*) from case_material", Long.class);
            if (!Set.of(400, 415).contains(r.status()) || after != before || !r.contentType().contains("problem")) {
                wrong.add(f.getKey() + ": " + r.status() + " rows " + before + "→" + after);
            }
        }
        uploads++;
        byte[] oversize = new byte[21 * 1024 * 1024];
        System.arraycopy(pdf, 0, oversize, 0, pdf.length);
        long before = jdbc.queryForObject("select count(*) from case_material", Long.class);
        Api.Response big = api.upload(owner, path, code, "big.pdf", oversize);
        if (big.status() != 413 || jdbc.queryForObject("select count(*) from case_material", Long.class) != before) {
            wrong.add("21 MB file: " + big.status());
        }
        for (String badCode : List.of("NO_SUCH_MATERIAL", "' or 1=1 --", "")) {
            uploads++;
            Api.Response r = api.upload(owner, path, badCode, "a.pdf", pdf);
            if (r.status() < 400 || r.status() >= 500) {
                wrong.add("material code '" + badCode + "': " + r.status());
            }
        }

        // a line break in the name breaks the multipart headers themselves: a malformed request, 400
        for (String name : List.of("evil\r\nContent-Type: text/html\r\n.pdf", "nul\u0000byte.pdf")) {
            uploads++; // a NUL is refused by the multipart parser as well
            Api.Response injected = api.upload(owner, path, code, name, pdf);
            if (injected.status() != 400 && !(injected.status() == 201 && injected.text("fileName").chars()
                    .noneMatch(Character::isISOControl))) {
                wrong.add("control characters in the name: " + injected.status());
            }
        }

        // names: stored, but only as a plain file name — no path, no control characters
        Map<String, String> names = new LinkedHashMap<>();
        names.put("../../../../etc/passwd.pdf", "passwd.pdf");
        names.put("..\\..\\windows\\system32\\evil.pdf", "evil.pdf");
        names.put("bad\tname\u007f.pdf", "badname.pdf");
        names.put("<img src=x onerror=alert(1)>.pdf", "img src=x onerror=alert(1).pdf");
        names.put("/absolute/path.pdf", "path.pdf");
        for (Map.Entry<String, String> n : names.entrySet()) {
            uploads++;
            Api.Response r = api.upload(owner, path, code, n.getKey(), pdf);
            if (r.status() != 201 || !n.getValue().equals(r.text("fileName"))) {
                wrong.add("name " + n.getKey().replace("\u0000", "\\0") + ": " + r.status() + " "
                        + (r.body() == null ? "" : r.body().path("fileName")));
            }
        }
        assertThat(jdbc.queryForList("select storage_key from case_material m join case_file c on c.id = m.case_id "
                + "where c.case_no = ?", String.class, caseNo))
                .as("storage keys are the product's own, never the sender's name")
                .allSatisfy(key -> assertThat(key).doesNotContain("..", "passwd", "evil", "<"));
        System.out.println("BAD INPUT: " + uploads + " hostile uploads tried, " + wrong.size() + " wrong");
        assertThat(wrong).as("uploads answered wrongly (of " + uploads + ")").isEmpty();
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
    }
}
