package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * A double click on 提交, or a client retrying after a timeout: 8 identical requests at once, by one person or by two
 * who may both do it, over real HTTP. Exactly one succeeds; the others get 409 with a problem document saying why;
 * the effect (rows, audit entries, engine state) happens once; nothing answers 500 (issue 14).
 */
@IntegrationTest
class DoubleSubmitTest {

    private static final int REQUESTS = 8;
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired AccountService accounts;
    @Autowired InstitutionService institutions;
    @Autowired Users users;
    @Autowired TaskInbox inbox;
    @Autowired CaseSubmission submission;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    // ---- tasks

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_task_completed_eight_times_at_once_is_completed_once(int people) throws Exception {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String caseNo = submittedFiling(applicant(home));
        String taskId = api.taskId("health1", caseNo, "Task_CheckCompleteness");
        List<String> who = people == 1 ? List.of("health1") : List.of("health1", like("health1"));

        List<Api.Response> answers = eightAtOnce(who, u -> api.complete(u, taskId, "ACCEPT", "同意受理", Map.of()));

        oneWinner("POST /tasks/{id}/complete ×" + people, answers, 204);
        assertThat(audit(caseNo, "TASK_COMPLETED")).isEqualTo(1);
        assertThat(audit(caseNo, "TASK_CLAIMED")).as("claimed on the way, once").isEqualTo(1);
        assertThat(count("select count(*) from case_step where task_id = ? and completed_by is not null", taskId))
                .isEqualTo(1);
        assertThat(count("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null", taskId))
                .isEqualTo(1);
        assertThat(count("select count(*) from ACT_RU_TASK t join case_process p on p.proc_inst_id = t.PROC_INST_ID_ "
                + "join case_file c on c.id = p.case_id where c.case_no = ?", caseNo))
                .as("the case moved on to exactly one next step").isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_task_claimed_eight_times_at_once_is_claimed_once(int people) throws Exception {
        String caseNo = submittedFiling(applicant(data.institution(InstitutionType.ELDERLY_CARE)));
        String taskId = api.taskId("health1", caseNo, "Task_CheckCompleteness");
        List<String> who = people == 1 ? List.of("health1") : List.of("health1", like("health1"));

        List<Api.Response> answers = eightAtOnce(who, u -> api.post(u, "/api/v1/tasks/" + taskId + "/claim", null));

        Api.Response won = oneWinner("POST /tasks/{id}/claim ×" + people, answers, 200);
        assertThat(audit(caseNo, "TASK_CLAIMED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select ASSIGNEE_ from ACT_RU_TASK where ID_ = ?", String.class, taskId))
                .isEqualTo(won.text("assignee"));
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_task_released_eight_times_at_once_is_released_once(int people) throws Exception {
        String caseNo = submittedFiling(applicant(data.institution(InstitutionType.ELDERLY_CARE)));
        String taskId = api.taskId("health1", caseNo, "Task_CheckCompleteness");
        assertThat(api.post("health1", "/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);
        List<String> who = people == 1 ? List.of("health1") : List.of("health1", like("health1"));

        List<Api.Response> answers = eightAtOnce(who, u -> api.post(u, "/api/v1/tasks/" + taskId + "/unclaim", null));

        oneWinner("POST /tasks/{id}/unclaim ×" + people, answers, 204);
        assertThat(audit(caseNo, "TASK_UNCLAIMED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select ASSIGNEE_ from ACT_RU_TASK where ID_ = ?", String.class, taskId)).isNull();
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void an_agreement_confirmed_eight_times_at_once_is_confirmed_once(int people) throws Exception {
        Institution partner = data.institution(InstitutionType.MEDICAL);
        String hospital = applicant(partner);
        String caseNo = submittedAgreement(applicant(data.institution(InstitutionType.ELDERLY_CARE)), partner);
        String taskId = api.taskId(hospital, caseNo, "Task_PartnerConfirm");
        List<String> who = people == 1 ? List.of(hospital) : List.of(hospital, applicant(partner));

        List<Api.Response> answers = eightAtOnce(who, u -> api.complete(u, taskId, "CONFIRM", "同意", Map.of()));

        oneWinner("POST /tasks/{id}/complete (协议确认) ×" + people, answers, 204);
        assertThat(audit(caseNo, "TASK_COMPLETED")).isEqualTo(1);
        assertThat(count("select count(*) from agreement a join case_file c on c.id = a.case_id "
                + "where c.case_no = ? and a.confirmed_at is not null", caseNo)).isEqualTo(1);
    }

    // ---- the applicant's own writes

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_draft_submitted_eight_times_at_once_starts_one_process(int people) throws Exception {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String owner = applicant(home);
        String caseNo = draftWithMaterials(owner);
        List<String> who = people == 1 ? List.of(owner) : List.of(owner, applicant(home));

        List<Api.Response> answers = eightAtOnce(who, u -> api.post(u, "/api/v1/cases/" + caseNo + "/submit", null));

        oneWinner("POST /cases/{caseNo}/submit ×" + people, answers, 200);
        assertThat(audit(caseNo, "CASE_SUBMITTED")).isEqualTo(1);
        assertThat(audit(caseNo, "CLOCK_STARTED")).isEqualTo(1);
        assertThat(count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", caseNo)).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void the_same_material_uploaded_eight_times_at_once_is_kept_once(int people) throws Exception {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String owner = applicant(home);
        String caseNo = api.post(owner, "/api/v1/clinic-filings", ConcurrencyTest.filing()).text("caseNo");
        String code = api.get(owner, "/api/v1/cases/" + caseNo).body().get("requiredMaterials").get(0).get("code")
                .asText();
        byte[] pdf = TestData.pdf();
        List<String> who = people == 1 ? List.of(owner) : List.of(owner, applicant(home));

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.upload(u, "/api/v1/cases/" + caseNo + "/materials", code, "执业资格.pdf", pdf));

        oneWinner("POST /cases/{caseNo}/materials ×" + people, answers, 201);
        assertThat(audit(caseNo, "MATERIAL_UPLOADED")).isEqualTo(1);
        assertThat(count("select count(*) from case_material m join case_file c on c.id = m.case_id "
                + "where c.case_no = ? and m.code = ?", caseNo, code)).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_supplement_answered_eight_times_at_once_is_answered_once(int people) throws Exception {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String owner = applicant(home);
        String caseNo = submittedFiling(owner);
        String code = api.get(owner, "/api/v1/cases/" + caseNo).body().get("requiredMaterials").get(0).get("code")
                .asText();
        assertThat(api.complete("health1", api.taskId("health1", caseNo, "Task_CheckCompleteness"), "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", code, "reason", "复印件不清晰")))).status()).isEqualTo(204);
        Api.Response again = api.upload(owner, "/api/v1/cases/" + caseNo + "/materials", code, "清晰件.pdf", TestData.pdf());
        assertThat(again.status()).as(text(again)).isEqualTo(201);
        List<String> who = people == 1 ? List.of(owner) : List.of(owner, applicant(home));

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.post(u, "/api/v1/cases/" + caseNo + "/supplement", Map.of("comment", "已补正")));

        oneWinner("POST /cases/{caseNo}/supplement ×" + people, answers, 200);
        assertThat(count("select count(*) from audit_entry a join case_file c on c.id = a.case_id where c.case_no = ? "
                + "and a.action = 'TASK_COMPLETED' and a.detail like '%SUPPLEMENTED%'", caseNo)).isEqualTo(1);
        assertThat(audit(caseNo, "CLOCK_RESUMED")).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_case_withdrawn_eight_times_at_once_is_withdrawn_once(int people) throws Exception {
        Institution home = data.institution(InstitutionType.ELDERLY_CARE);
        String owner = applicant(home);
        String caseNo = submittedFiling(owner);
        List<String> who = people == 1 ? List.of(owner) : List.of(owner, applicant(home));

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.post(u, "/api/v1/cases/" + caseNo + "/withdraw", Map.of("reason", "不再开办")));

        oneWinner("POST /cases/{caseNo}/withdraw ×" + people, answers, 200);
        assertThat(audit(caseNo, "CASE_CLOSED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from case_file where case_no = ?", String.class, caseNo))
                .isEqualTo("WITHDRAWN");
    }

    // ---- single window, inspection, registry

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_single_window_limit_extended_eight_times_at_once_is_extended_once(int people) throws Exception {
        String caseNo = acceptedSingleWindowCase(applicant(data.institution(InstitutionType.ELDERLY_CARE)));
        List<String> who = people == 1 ? List.of("gov-lead") : List.of("gov-lead", like("gov-lead"));

        List<Api.Response> answers = eightAtOnce(who, u -> api.post(u,
                "/api/v1/single-window-applications/" + caseNo + "/extension", Map.of("reason", "涉及一事一议，情况复杂")));

        oneWinner("POST /single-window-applications/{caseNo}/extension ×" + people, answers, 200);
        assertThat(audit(caseNo, "CLOCK_EXTENDED")).isEqualTo(1);
        assertThat(count("select count(*) from case_document d join case_file c on c.id = d.case_id "
                + "where c.case_no = ? and d.kind = 'EXTENSION_NOTICE'", caseNo)).isEqualTo(1);
        assertThat(count("select extension_days from case_file where case_no = ?", caseNo)).isEqualTo(15);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void a_plan_drawn_eight_times_at_once_is_drawn_once(int people) throws Exception {
        long plan = approvedPlan(township(1));
        List<String> who = people == 1 ? List.of("supervisor1") : List.of("supervisor1", like("supervisor1"));

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.post(u, "/api/v1/inspection-plans/" + plan + "/draw", Map.of("seed", 42)));

        oneWinner("POST /inspection-plans/{id}/draw ×" + people, answers, 201);
        assertThat(count("select count(*) from inspection_draw where plan_id = ?", plan)).isEqualTo(1);
        assertThat(count("select count(*) from inspection_target t join inspection_draw d on d.id = t.draw_id "
                + "where d.plan_id = ?", plan)).isEqualTo(1);
        String planCase = api.get("supervisor1", "/api/v1/inspection-plans/" + plan).text("caseNo");
        assertThat(audit(planCase, "STATUS_ONSITE")).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void inspection_results_published_eight_times_at_once_are_published_once(int people) throws Exception {
        long plan = approvedPlan(township(1));
        assertThat(api.post("supervisor1", "/api/v1/inspection-plans/" + plan + "/draw", Map.of("seed", 5)).status())
                .isEqualTo(201);
        JsonNode inspection = api.get("supervisor1", "/api/v1/inspection-plans/" + plan + "/inspections").body().get(0);
        String target = inspection.get("caseNo").asText();
        String a = inspection.get("inspectorA").asText();
        String b = inspection.get("inspectorB").asText();
        assertThat(api.complete(a, api.taskId(a, target, "Task_Inspect"), "SUBMIT", null, Map.of("answers",
                List.of("MED-SERVICE", "GREEN-CHANNEL", "STAFF-QUALIFICATION").stream()
                        .map(i -> Map.of("item", i, "result", "PASS")).toList())).status()).isEqualTo(204);
        assertThat(api.complete(b, api.taskId(b, target, "Task_CoSign"), "SIGN", null, Map.of()).status())
                .isEqualTo(204);
        List<String> who = people == 1 ? List.of("health-lead") : List.of("health-lead", like("health-lead"));

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.post(u, "/api/v1/inspection-plans/" + plan + "/publish", Map.of()));

        oneWinner("POST /inspection-plans/{id}/publish ×" + people, answers, 200);
        String planCase = api.get("supervisor1", "/api/v1/inspection-plans/" + plan).text("caseNo");
        assertThat(count("select count(*) from audit_entry a join case_file c on c.id = a.case_id where c.case_no = ? "
                + "and a.action = 'TASK_COMPLETED' and a.detail like '%PUBLISH%'", planCase)).isEqualTo(1);
        assertThat(audit(planCase, "CASE_CLOSED")).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void an_institution_edited_eight_times_at_once_from_one_version_is_changed_once(int people) throws Exception {
        Institution before = data.institution(InstitutionType.ELDERLY_CARE);
        List<String> who = people == 1 ? List.of("admin") : List.of("admin", "health1");
        Map<String, Object> edit = ConcurrencyTest.institution(before.name(), before.creditCode(), before.version());
        edit.put("beds", 77);

        List<Api.Response> answers = eightAtOnce(who,
                u -> api.call(HttpMethod.PUT, u, "/api/v1/institutions/" + before.id(), edit, Map.of()));

        oneWinner("PUT /institutions/{id} ×" + people, answers, 200);
        assertThat(count("select version from institution where id = ?", before.id())).isEqualTo(before.version() + 1);
        assertThat(count("select count(*) from audit_entry where action = 'INSTITUTION_UPDATED' and detail = ?",
                "机构 #" + before.id())).isEqualTo(1);
    }

    @ParameterizedTest(name = "by {0} people")
    @ValueSource(ints = {1, 2})
    void an_indicator_value_entered_eight_times_at_once_is_entered_once(int people) throws Exception {
        Institution place = institutions.create(users.get("admin"), new InstitutionForm("指标测试养老院" + SEQ.incrementAndGet(),
                TestData.creditCode(), InstitutionType.ELDERLY_CARE, "指标测试镇" + System.nanoTime() % 100000 + "-"
                + SEQ.incrementAndGet(), null, 30, Ownership.PUBLIC, Profit.NON_PROFIT, false, null));
        int year = LocalDate.now().getYear();
        Map<String, Object> body = Map.of("year", year, "quarter", 1, "township", place.township(), "value", "66.5",
                "source", "家庭医生签约系统");
        List<String> who = people == 1 ? List.of("health1") : List.of("health1", "health-lead");

        List<Api.Response> answers = eightAtOnce(who, u -> api.call(HttpMethod.PUT, u,
                "/api/v1/indicators/FAMILY_DOCTOR_65/values", body, Map.of()));

        Api.Response won = oneWinner("PUT /indicators/{code}/values ×" + people, answers, 200);
        assertThat(count("select count(*) from indicator_value where indicator_code = 'FAMILY_DOCTOR_65' and year = ? "
                + "and quarter = 1 and township = ?", year, place.township())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select entered_by from indicator_value where indicator_code = 'FAMILY_DOCTOR_65' "
                + "and year = ? and quarter = 1 and township = ?", String.class, year, place.township()))
                .isEqualTo(won.text("enteredBy"));

        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put("value", "67.0");
        Api.Response correction = api.call(HttpMethod.PUT, "health1", "/api/v1/indicators/FAMILY_DOCTOR_65/values",
                corrected, Map.of());
        assertThat(correction.status()).as("a different value still replaces it").isEqualTo(200);
    }

    /** The retry of a lost race wraps the transaction (each attempt its own), on the services the API calls. */
    @Test
    void the_services_retry_a_lost_race_around_their_transaction_not_inside_it() {
        for (Object service : List.of(inbox, submission)) {
            List<String> advice = java.util.Arrays.stream(((Advised) service).getAdvisors())
                    .map(a -> a.getAdvice().getClass().getName()).toList();
            int retry = advice.indexOf("cn.yiyang.platform.TransactionRetry$RetryOnce");
            int transaction = advice.indexOf(TransactionInterceptor.class.getName());
            assertThat(retry).as(advice.toString()).isNotNegative().isLessThan(transaction);
        }
    }

    // ---- helpers

    /** 8 requests released together, spread over the people in turn. */
    private List<Api.Response> eightAtOnce(List<String> who, Function<String, Api.Response> call) throws Exception {
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String user = who.get(i % who.size());
            calls.add(() -> call.apply(user));
        }
        return ConcurrencyTest.together(REQUESTS, calls);
    }

    /** Exactly one answer {@code success}, every other a 409 problem document with a Chinese detail; the winner. */
    private static Api.Response oneWinner(String what, List<Api.Response> answers, int success) {
        tally(what, answers);
        assertThat(answers).as(what + ": " + statuses(answers)).filteredOn(r -> r.status() == success).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != success).hasSize(REQUESTS - 1).allSatisfy(r -> {
            assertThat(r.status()).as(what + ": " + text(r)).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text("detail")).as(text(r)).isNotBlank().containsPattern("\\p{IsHan}");
        });
        return answers.stream().filter(r -> r.status() == success).findFirst().orElseThrow();
    }

    private static void tally(String what, List<Api.Response> answers) {
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        answers.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        System.out.println("DOUBLE-SUBMIT " + what + " → " + byStatus);
    }

    private static List<Integer> statuses(List<Api.Response> answers) {
        return answers.stream().map(Api.Response::status).toList();
    }

    private static String text(Api.Response r) {
        return r.raw() == null ? "" : new String(r.raw(), StandardCharsets.UTF_8);
    }

    private long audit(String caseNo, String action) {
        return count("select count(*) from audit_entry a join case_file c on c.id = a.case_id "
                + "where c.case_no = ? and a.action = ?", caseNo, action);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** An applicant account of the institution (password test-password-1, as {@link Api} expects). */
    private String applicant(Institution institution) {
        return data.applicantOf(institution, null).username();
    }

    /** A second account with the same department and roles as a demo account: a colleague who may do the same. */
    private String like(String demo) {
        Account a = accounts.find(demo).orElseThrow();
        String username = "tdbl" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        accounts.create(users.get("admin"), new AccountForm(username, "并发测试同事", "test-password-1",
                a.departmentCode(), a.institutionId(), null, true, a.roles(), null));
        return username;
    }

    private String draftWithMaterials(String applicant) {
        Api.Response created = api.post(applicant, "/api/v1/clinic-filings", ConcurrencyTest.filing());
        assertThat(created.status()).as(text(created)).isEqualTo(201);
        String caseNo = created.text("caseNo");
        uploadAll(applicant, caseNo);
        return caseNo;
    }

    private void uploadAll(String applicant, String caseNo) {
        for (JsonNode m : api.get(applicant, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            Api.Response r = api.upload(applicant, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(),
                    "m.pdf", TestData.pdf());
            assertThat(r.status()).as(text(r)).isEqualTo(201);
        }
    }

    private String submittedFiling(String applicant) {
        String caseNo = draftWithMaterials(applicant);
        Api.Response r = api.post(applicant, "/api/v1/cases/" + caseNo + "/submit", null);
        assertThat(r.status()).as(text(r)).isEqualTo(200);
        return caseNo;
    }

    private String submittedAgreement(String home, Institution partner) {
        LocalDate start = LocalDate.now();
        Api.Response created = api.post(home, "/api/v1/agreements", Map.of("partnerCreditCode", partner.creditCode(),
                "services", List.of("巡诊"), "annualFee", "12000.00", "periodStart", start.toString(),
                "periodEnd", start.plusYears(1).minusDays(1).toString()));
        assertThat(created.status()).as(text(created)).isEqualTo(201);
        String caseNo = created.text("caseNo");
        uploadAll(home, caseNo);
        assertThat(api.post(home, "/api/v1/cases/" + caseNo + "/submit", Map.of()).status()).isEqualTo(200);
        return caseNo;
    }

    private String acceptedSingleWindowCase(String applicant) {
        Map<String, Object> body = new HashMap<>();
        body.put("institutionName", "芒市并发测试医养中心");
        body.put("creditCode", TestData.creditCode());
        body.put("projectType", "NEW_BUILD");
        body.put("beds", 120);
        body.put("propertyRegistered", true);
        body.put("landPlanningComplete", true);
        Api.Response created = api.post(applicant, "/api/v1/single-window-applications", body);
        assertThat(created.status()).as(text(created)).isEqualTo(201);
        String caseNo = created.text("caseNo");
        uploadAll(applicant, caseNo);
        assertThat(api.post(applicant, "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        assertThat(api.complete("window1", api.taskId("window1", caseNo, "Task_CheckCompleteness"), "ACCEPT", null,
                Map.of()).status()).isEqualTo(204);
        return caseNo;
    }

    /** A township of its own with {@code n} care homes, so a plan's population is this test's. */
    private String township(int n) {
        String township = "并发抽查镇" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        for (int i = 0; i < n; i++) {
            institutions.create(users.get("admin"), new InstitutionForm(township + "敬老院" + i, TestData.creditCode(),
                    InstitutionType.ELDERLY_CARE, township, null, 30, Ownership.PUBLIC, Profit.NON_PROFIT, false, null));
        }
        return township;
    }

    private long approvedPlan(String township) {
        Map<String, Object> population = new HashMap<>();
        population.put("type", "ELDERLY_CARE");
        population.put("township", township);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "并发测试双随机抽查（" + township + "）");
        body.put("department", "HEALTH");
        body.put("items", List.of("MED-SERVICE", "GREEN-CHANNEL", "STAFF-QUALIFICATION"));
        body.put("population", population);
        body.put("proportion", 1);
        body.put("inspectorsPerTarget", 2);
        body.put("periodStart", "2026-12-01");
        body.put("periodEnd", "2026-12-31");
        Api.Response created = api.post("supervisor1", "/api/v1/inspection-plans", body);
        assertThat(created.status()).as(text(created)).isEqualTo(201);
        assertThat(api.complete("health-lead", api.taskId("health-lead", created.text("caseNo"), "Task_ApprovePlan"),
                "APPROVE", "同意", Map.of()).status()).isEqualTo(204);
        return created.body().get("id").asLong();
    }
}
