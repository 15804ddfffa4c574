package cn.yiyang.clinicfiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.ChecklistView;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionEscalated;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.InspectionWork;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.JobExecutorTimers;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One test per path of processes/clinic-filing.bpmn, with deadlines checked against the real 2026 calendar. */
@IntegrationTest
class ClinicFilingProcessTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired ClinicFilingService filings;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired CaseViews views;
    @Autowired TaskInbox inbox;
    @Autowired Notices notices;
    @Autowired InstitutionService institutions;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired ProcessEngine engine;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired InspectionService inspections;
    @Autowired InspectionWork work;
    @Autowired AccountService accountService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;

    CurrentUser applicant;
    CurrentUser health1;
    CurrentUser lead;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        health1 = users.get("health1");
        lead = users.get("health-lead");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ClinicFilingRequest request(LocalDate opening) {
        return new ClinicFilingRequest("测试敬老院医务室", "INFIRMARY", opening, List.of("内科", "全科医疗"),
                new ClinicFilingRequest.Head("张医生", "11010519491231002X", "QC-2020-001"),
                List.of(new ClinicFilingRequest.Staff("李护士", "440524188001010014", "护士", "NC-2019-123")),
                null, "一楼东侧");
    }

    private CaseInfo submitted(LocalDate opening) {
        CaseInfo draft = filings.create(applicant, request(opening));
        uploadAll(draft);
        return submission.submit(applicant, draft.caseNo());
    }

    private void uploadAll(CaseInfo c) {
        for (CaseView.RequiredMaterial m : materials.required(cases.get(c.id()))) {
            upload(c, m.code());
        }
    }

    private void upload(CaseInfo c, String code) {
        materials.upload(applicant, c.caseNo(), code, code + ".pdf", new ByteArrayInputStream(TestData.pdf()));
    }

    private ProcessInstance process(CaseInfo c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("clinic-filing").singleResult();
    }

    private String task(CurrentUser user, CaseInfo c, String key) {
        return inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE, new PageRequest(0, 50))
                .items().stream().filter(t -> t.key().equals(key)).map(TaskItem::id).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the queue of " + user.username()));
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        inbox.complete(user, task(user, c, key), outcome, comment, fields);
    }

    private CaseView view(CaseInfo c) {
        return views.view(health1, c.caseNo());
    }

    private List<String> documentKinds(CaseInfo c) {
        return view(c).documents().stream().map(CaseView.Document::kind).toList();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    @Test
    void accepted_filing_is_registered_signed_off_and_enters_the_registry() {
        CaseInfo c = submitted(LocalDate.now().plusMonths(1));
        assertThat(process(c)).isWaitingAt("Task_CheckCompleteness");

        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(documentKinds(c)).contains("ACCEPTANCE_NOTICE");
        complete(health1, c, "Task_Register", "APPROVE", "已登记", Map.of());
        assertThat(process(c)).isWaitingAt("Task_SignOff");
        complete(lead, c, "Task_SignOff", "APPROVE", "同意", Map.of());

        CaseInfo done = cases.get(c.id());
        assertThat(done.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(documentKinds(c)).contains("FILING_RECEIPT");
        assertThat(filings.details(applicant, c.caseNo()).registrationNo()).startsWith("芒卫备字〔");
        assertThat(institutions.find(applicant.institutionId()).orElseThrow().hasInternalMedical()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("clinic-filing").count()).isZero();
    }

    @Test
    void the_leader_returns_a_registration_with_a_reason_and_it_comes_back_for_sign_off() {
        CaseInfo c = submitted(LocalDate.now().plusMonths(1));
        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete(health1, c, "Task_Register", "APPROVE", null, Map.of());

        assertThatThrownBy(() -> complete(lead, c, "Task_SignOff", "RETURN", "", Map.of()))
                .isInstanceOf(cn.yiyang.shared.FieldErrors.class).hasMessageContaining("comment");
        complete(lead, c, "Task_SignOff", "RETURN", "诊疗科目与人员资质不符，请核对", Map.of());

        assertThat(process(c)).isWaitingAt("Task_Register");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.ACCEPTED);
        complete(health1, c, "Task_Register", "APPROVE", "已核对", Map.of());
        complete(lead, c, "Task_SignOff", "APPROVE", null, Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void supplement_pauses_the_clock_until_the_applicant_uploads_again_then_acceptance() {
        CaseInfo c = submitted(LocalDate.now().plusMonths(1));
        LocalDate dueBefore = cases.get(c.id()).dueDate();

        complete(health1, c, "Task_CheckCompleteness", "SUPPLEMENT", null, Map.of("missing", List.of(
                Map.of("code", "FLOOR_PLAN", "reason", "平面图未标注医务室位置"),
                Map.of("code", "RULES", "reason", "缺少消毒隔离制度"))));

        CaseView supplementing = view(c);
        assertThat(supplementing.status()).isEqualTo(CaseStatus.SUPPLEMENTING);
        assertThat(supplementing.deadline().paused()).isTrue();
        assertThat(supplementing.pauses()).singleElement().satisfies(p -> assertThat(p.reason()).contains("补正"));
        assertThat(documentKinds(c)).contains("SUPPLEMENT_NOTICE");
        assertThat(process(c)).isWaitingAt("Task_Supplement");

        assertThatThrownBy(() -> submission.answerSupplement(applicant, c.caseNo(), "已补"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("平面布局图");

        upload(c, "FLOOR_PLAN");
        upload(c, "RULES");
        submission.answerSupplement(applicant, c.caseNo(), "已按要求补正");

        CaseView answered = view(c);
        assertThat(answered.status()).isEqualTo(CaseStatus.PENDING_ACCEPTANCE);
        assertThat(answered.deadline().paused()).isFalse();
        assertThat(answered.pauses().get(0).endedAt()).isNotNull();
        assertThat(answered.deadline().due()).isAfterOrEqualTo(dueBefore);
        assertThat(process(c)).isWaitingAt("Task_CheckCompleteness");

        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        assertThat(process(c)).isWaitingAt("Task_Register");
    }

    @Test
    void rejection_needs_a_reason_and_issues_the_decision() {
        CaseInfo c = submitted(LocalDate.now().plusMonths(1));
        ProcessInstance pi = process(c);

        complete(health1, c, "Task_CheckCompleteness", "REJECT", "申请人不具备设置条件", Map.of());

        assertThat(pi).isEnded().hasPassed("Event_NotAccepted");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(documentKinds(c)).contains("REJECTION_DECISION");
    }

    @Test
    void filing_counts_as_accepted_when_no_decision_within_five_working_days_over_spring_festival() {
        clock.set(LocalDateTime.of(2026, 2, 12, 10, 0)); // Thursday before the 2026 Spring Festival
        CaseInfo c = submitted(LocalDate.of(2026, 4, 1));
        // 13 Feb, 14 Feb (make-up Saturday), then 24, 25, 26 Feb: the 15th–23rd are holidays.
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
        ProcessInstance pi = process(c);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(at(LocalDate.of(2026, 2, 27)));

        clock.set(LocalDateTime.of(2026, 2, 27, 0, 5));
        jobExecutor.fire(timer.getId());

        assertThat(pi).hasPassed("Task_DeemAccepted").isWaitingAt("Task_Register");
        CaseInfo accepted = cases.get(c.id());
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).isEqualTo(accepted.submittedAt());
        // 10 working days from receipt: 13, 14, 24, 25, 26, 27, 28 (make-up Saturday) Feb, 2, 3, 4 Mar.
        assertThat(accepted.dueDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(documentKinds(c)).contains("DEEMED_ACCEPTANCE_NOTICE");
        assertThat(notices.recent("health-lead", 200)).anySatisfy(n -> assertThat(n.caseNo()).isEqualTo(c.caseNo()));
    }

    @Test
    void applicant_who_never_answers_is_reminded_then_the_case_closes_as_withdrawn() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseInfo c = submitted(LocalDate.of(2026, 5, 1));
        complete(health1, c, "Task_CheckCompleteness", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "EQUIPMENT_LIST", "reason", "设备清单缺少型号"))));
        ProcessInstance pi = process(c);
        List<Job> timers = management.createJobQuery().processInstanceId(pi.getId()).timers().orderByJobDuedate().asc().list();
        assertThat(timers).extracting(Job::getDuedate)
                .containsExactly(at(LocalDate.of(2026, 3, 26)), at(LocalDate.of(2026, 4, 2)));

        clock.set(LocalDateTime.of(2026, 3, 26, 0, 1));
        jobExecutor.fire(timers.get(0).getId());
        assertThat(notices.recent(applicant.username(), 20)).anySatisfy(n -> assertThat(n.title()).contains("即将到期"));
        assertThat(pi).isWaitingAt("Task_Supplement");

        clock.set(LocalDateTime.of(2026, 4, 2, 0, 1));
        jobExecutor.fire(timers.get(1).getId());
        assertThat(pi).isEnded().hasPassed("Task_WithdrawUnanswered");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(documentKinds(c)).contains("WITHDRAWAL_NOTICE");
    }

    @Test
    void a_late_registration_turns_yellow_then_red() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0)); // Monday
        CaseInfo c = submitted(LocalDate.of(2026, 5, 1));
        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        // accepted Mon 2 March: 10 working days end Mon 16 March
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.NONE);

        clock.set(LocalDateTime.of(2026, 3, 11, 9, 0)); // 3 working days left
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.YELLOW);
        assertThat(inbox.queue(health1, TaskInbox.Scope.ALL, null, Warning.YELLOW, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 10)).items()).extracting(TaskItem::key).contains("Task_Register");

        clock.set(LocalDateTime.of(2026, 3, 17, 9, 0));
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.RED);
        assertThat(inbox.queue(health1, TaskInbox.Scope.ALL, null, Warning.RED, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 10)).items()).extracting(TaskItem::key).contains("Task_Register");
    }

    private ProcessInstance supervision(CaseInfo c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("clinic-supervision").singleResult();
    }

    private CaseInfo registered(LocalDate opening) {
        CaseInfo c = submitted(opening);
        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete(health1, c, "Task_Register", "APPROVE", null, Map.of());
        complete(lead, c, "Task_SignOff", "APPROVE", null, Map.of());
        return c;
    }

    /** HEALTH inspectors of this test only (disabled afterwards), so the pool outlasts two rounds of 回避. */
    private List<String> extraInspectors(int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "sinsp" + System.nanoTime() % 1_000_000_000L + i;
            accountService.create(users.get("admin"), new AccountForm(name, "定期检查测试执法员", "test-password-1",
                    "HEALTH", null, null, true, Set.of(Role.INSPECTOR), null));
            out.add(name);
        }
        return out;
    }

    @Test
    void supervision_opens_an_inspection_within_three_months_of_opening_then_every_six_months_with_two_unconflicted_inspectors() {
        List<String> extra = extraInspectors(4);
        try {
            clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
            CaseInfo c = registered(LocalDate.of(2026, 4, 15));
            inspections.declareConflict(users.get("admin"), "inspector1", c.institutionId(), "亲属在该机构任职");

            ProcessInstance supervision = supervision(c);
            Job first = management.createJobQuery().processInstanceId(supervision.getId()).timers().singleResult();
            assertThat(first.getDuedate()).isEqualTo(at(LocalDate.of(2026, 7, 15).minusDays(30)));
            clock.set(LocalDateTime.of(2026, 6, 15, 0, 1));
            jobExecutor.fire(first.getId());

            List<Inspection> opened = inspections.scheduledInspections(health1, c.caseNo());
            assertThat(opened).hasSize(1);
            Inspection round1 = opened.get(0);
            assertThat(round1.institutionId()).isEqualTo(c.institutionId());
            assertThat(round1.inspectorA()).isNotEqualTo(round1.inspectorB());
            assertThat(List.of(round1.inspectorA(), round1.inspectorB())).doesNotContain("inspector1");

            // the usual cycle: the first inspector answers the HEALTH checklist, the second signs, PASS closes
            CurrentUser a = users.get(round1.inspectorA());
            CurrentUser b = users.get(round1.inspectorB());
            ChecklistView checklist = work.checklist(a, round1.caseNo()).orElseThrow();
            assertThat(checklist.lines()).extracting(ChecklistView.Line::code)
                    .contains("MED-SERVICE", "CLINIC-FILING", "STAFF-QUALIFICATION").doesNotContain("FIRE-SAFETY");
            inbox.complete(a, inbox.openTaskOf(a, cases.visible(a, round1.caseNo()).id(), "Task_Inspect").orElseThrow(),
                    "SUBMIT", null, Map.of("answers", checklist.lines().stream()
                            .map(l -> Map.of("item", l.code(), "result", "PASS", "note", "")).toList()));
            inbox.complete(b, inbox.openTaskOf(b, cases.visible(b, round1.caseNo()).id(), "Task_CoSign").orElseThrow(),
                    "SIGN", null, Map.of());
            Inspection passed = inspections.scheduledInspections(health1, c.caseNo()).get(0);
            assertThat(passed.result()).isEqualTo("PASS");
            assertThat(passed.status()).isEqualTo(CaseStatus.CLOSED.name());

            // twice a year: the next round opens 30 days before 2027-01-15, without the first round's inspectors
            Job next = management.createJobQuery().processInstanceId(supervision.getId()).timers().singleResult();
            assertThat(next.getDuedate()).isEqualTo(at(LocalDate.of(2027, 1, 15).minusDays(30)));
            clock.set(LocalDateTime.of(2026, 12, 16, 0, 1));
            jobExecutor.fire(next.getId());
            List<Inspection> both = inspections.scheduledInspections(health1, c.caseNo());
            assertThat(both).hasSize(2);
            assertThat(List.of(both.get(1).inspectorA(), both.get(1).inspectorB())).doesNotContain("inspector1",
                    round1.inspectorA(), round1.inspectorB());
        } finally {
            extra.forEach(u -> jdbc.update("update account set enabled = false where username = ?", u));
        }
    }

    @Test
    void a_revoked_filing_is_no_longer_supervised() {
        clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseInfo c = registered(LocalDate.of(2026, 4, 15));
        String instance = supervision(c).getId();

        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new InspectionEscalated(0L, "JC-TEST", c.institutionId(),
                "通-TEST", "整改不到位", "supervisor1")));

        assertThat(supervision(c)).isNull();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(jdbc.queryForObject("select revoked_at is not null from clinic_filing where case_id = ?",
                Boolean.class, c.id())).isTrue();
    }
}
