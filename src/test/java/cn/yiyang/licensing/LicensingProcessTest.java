package cn.yiyang.licensing;

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
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
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
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One test per path of processes/licence-2in1.bpmn (and the 校验 reminders of licence-checks.bpmn), with deadlines
 * checked against the real 2026 calendar: Mid-Autumn 25–27 Sep and National Day 1–7 Oct off, Sunday 20 Sep and
 * Saturday 10 Oct make-up working days.
 */
@IntegrationTest
class LicensingProcessTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired LicensingService licensing;
    @Autowired LicenceRegister register;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired CaseViews views;
    @Autowired TaskInbox inbox;
    @Autowired Notices notices;
    @Autowired InstitutionService institutions;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired ProcessEngine engine;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired TestClock clock;
    @Autowired InspectionService inspectionService;
    @Autowired AccountService accountService;
    @Autowired JdbcTemplate jdbc;

    CurrentUser applicant;
    CurrentUser health1;
    CurrentUser health2;
    CurrentUser inspector;
    CurrentUser lead;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        health1 = users.get("health1");
        health2 = users.get("health2");
        inspector = users.get("inspector1");
        lead = users.get("health-lead");
    }

    private final List<CaseInfo> opened = new java.util.ArrayList<>();

    /** Open cases are withdrawn so that their tasks do not crowd other tests' inboxes. */
    @AfterEach
    void withdrawOpenCasesAndResetClock() {
        for (CaseInfo c : opened) {
            if (!cases.get(c.id()).status().isTerminal()) {
                submission.withdraw(applicant, c.caseNo(), "测试结束");
            }
        }
        clock.reset();
    }

    static LicenceApplicationRequest request(String kind, String grade, int beds) {
        return new LicenceApplicationRequest("芒市康乐护理院", null, grade, kind, "PRIVATE", "NON_PROFIT", beds,
                List.of("内科", "康复医学科", "临终关怀科"), "社会", null, "2000000.00", "杨荣海", "芒市勐焕街道团结大道 20 号");
    }

    private CaseInfo submittedOn(LocalDateTime at) {
        clock.set(at);
        CaseInfo draft = licensing.create(applicant, request("NURSING_HOME_HOSPITAL", "LEVEL_1", 60));
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            upload(draft, m.code());
        }
        CaseInfo submitted = submission.submit(applicant, draft.caseNo());
        opened.add(submitted);
        return submitted;
    }

    private void upload(CaseInfo c, String code) {
        materials.upload(applicant, c.caseNo(), code, code + ".pdf", new ByteArrayInputStream(TestData.pdf()));
    }

    private ProcessInstance process(CaseInfo c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("licence-2in1").singleResult();
    }

    private TaskItem taskItem(CurrentUser user, CaseInfo c, String key) {
        return inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE, new PageRequest(0, 50))
                .items().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the queue of " + user.username()));
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        inbox.complete(user, taskItem(user, c, key).id(), outcome, comment, fields);
    }

    private void completeOn(LocalDateTime at, CurrentUser user, CaseInfo c, String key, String outcome, String comment,
                            Map<String, Object> fields) {
        clock.set(at);
        complete(user, c, key, outcome, comment, fields);
    }

    private CaseView view(CaseInfo c) {
        return views.view(health1, c.caseNo());
    }

    private List<String> documentKinds(CaseInfo c) {
        return view(c).documents().stream().map(CaseView.Document::kind).toList();
    }

    private Job decisionTimer(CaseInfo c) {
        return management.createJobQuery().processInstanceId(process(c).getId()).timers()
                .activityId("Timer_CaseDeadline_Decision").singleResult();
    }

    private Object outcomeOf(ProcessInstance pi) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("licenceOutcome").singleResult().getValue();
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** Accepted on Tue 15 Sep, reviewed and verified the same day (no working day paused): decision due 19 Oct. */
    private CaseInfo atDecision() {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0));
        completeOn(LocalDateTime.of(2026, 9, 15, 10, 0), health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete(health1, c, "Task_Review", "APPROVE", "材料齐全", Map.of("onsiteDays", 2));
        complete(health2, c, "Task_VerifyOnSite_A", "VERIFIED", "场地、设备与申请一致", Map.of());
        complete(inspector, c, "Task_VerifyOnSite_B", "VERIFIED", "人员资质与申请一致", Map.of());
        assertThat(process(c)).isWaitingAt("Task_Decide");
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 19));
        return c;
    }

    @Test
    void approved_licence_is_verified_on_site_by_two_people_with_the_clock_paused_then_delivered_and_registered()
            throws Exception {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0)); // Monday
        // 15, 16, 17, 18 Sep and Sunday 20 Sep (make-up working day)
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(process(c)).isWaitingAt("Task_CheckCompleteness");

        completeOn(LocalDateTime.of(2026, 9, 15, 10, 0), health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        // 20 working days from 15 Sep, over Mid-Autumn and National Day, counting the make-up days 20 Sep and 10 Oct
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(documentKinds(c)).contains("ACCEPTANCE_NOTICE");

        assertThatThrownBy(() -> complete(health1, c, "Task_Review", "APPROVE", null, Map.of()))
                .isInstanceOf(FieldErrors.class).hasMessageContaining("fields.onsiteDays");
        completeOn(LocalDateTime.of(2026, 9, 16, 9, 0), health1, c, "Task_Review", "APPROVE", "材料齐全",
                Map.of("onsiteDays", 3));
        CaseView onsite = view(c);
        assertThat(onsite.status()).isEqualTo(CaseStatus.ONSITE);
        assertThat(onsite.deadline().paused()).isTrue();
        assertThat(onsite.pauses()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("ONSITE");
            assertThat(p.reason()).contains("3 个工作日");
        });
        assertThat(documentKinds(c)).contains("ONSITE_NOTICE");
        assertThat(process(c)).isWaitingAt("Task_VerifyOnSite_A", "Task_VerifyOnSite_B");
        // the verifiers' task is due 3 working days on: 17, 18 and Sunday 20 Sep
        assertThat(taskItem(inspector, c, "Task_VerifyOnSite_A").due().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 20));

        completeOn(LocalDateTime.of(2026, 9, 18, 15, 0), health2, c, "Task_VerifyOnSite_A", "VERIFIED", "场地一致", Map.of());
        assertThatThrownBy(() -> complete(health2, c, "Task_VerifyOnSite_B", "VERIFIED", "再签一次", Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("两名不同");
        completeOn(LocalDateTime.of(2026, 9, 21, 11, 0), inspector, c, "Task_VerifyOnSite_B", "VERIFIED", "人员一致", Map.of());

        CaseView decided = view(c);
        assertThat(decided.status()).isEqualTo(CaseStatus.PENDING_DECISION);
        assertThat(decided.deadline().paused()).isFalse();
        // paused 16 → 21 Sep: 17, 18, 20, 21 = 4 working days; 19 Oct + 4 = 23 Oct
        assertThat(decided.deadline().due()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(decisionTimer(c).getDuedate()).isEqualTo(at(LocalDate.of(2026, 10, 24)));

        completeOn(LocalDateTime.of(2026, 9, 22, 9, 0), lead, c, "Task_Decide", "APPROVE", "同意", Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.REGISTERING);
        // delivery within 10 working days of the decision: 23, 24, 28, 29, 30 Sep, 8, 9, 10, 12, 13 Oct
        assertThat(taskItem(health1, c, "Task_Deliver").due().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(documentKinds(c)).contains("APPROVAL_DECISION");

        ProcessInstance pi = process(c);
        completeOn(LocalDateTime.of(2026, 9, 23, 9, 0), health1, c, "Task_Deliver", "DELIVER", null, Map.of());
        assertThat(pi).isEnded().hasPassed("Event_Licensed");
        assertThat(outcomeOf(pi)).isEqualTo("LICENSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(documentKinds(c)).contains("PRACTICE_LICENCE", "PRACTICE_LICENCE_COPY");
        assertThat(institutions.find(applicant.institutionId()).orElseThrow().hasInternalMedical()).isTrue();

        Licence licence = register.list(applicant, null, new PageRequest(0, 10)).items().get(0);
        assertThat(licence.registrationNo()).startsWith("HLY5331032026");
        assertThat(licence.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(licence.validUntil()).isEqualTo(LocalDate.of(2031, 9, 22));
        assertThat(licence.nextCheckDue()).isEqualTo(LocalDate.of(2027, 9, 23)); // 60 beds: yearly
        assertThat(licence.valid()).isTrue();
    }

    @Test
    void supplement_pauses_the_clock_until_the_applicant_uploads_again_then_acceptance_leads_to_review() {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0));
        completeOn(LocalDateTime.of(2026, 9, 15, 9, 0), health1, c, "Task_CheckCompleteness", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "SITE_AND_FLOOR_PLAN", "reason", "平面图未标注病区"))));
        CaseView supplementing = view(c);
        assertThat(supplementing.status()).isEqualTo(CaseStatus.SUPPLEMENTING);
        assertThat(supplementing.deadline().paused()).isTrue();
        assertThat(documentKinds(c)).contains("SUPPLEMENT_NOTICE");
        assertThat(process(c)).isWaitingAt("Task_Supplement");

        clock.set(LocalDateTime.of(2026, 9, 17, 9, 0));
        upload(c, "SITE_AND_FLOOR_PLAN");
        submission.answerSupplement(applicant, c.caseNo(), "已补正平面图");
        CaseView answered = view(c);
        assertThat(answered.status()).isEqualTo(CaseStatus.PENDING_ACCEPTANCE);
        // paused 15 → 17 Sep (16, 17: 2 working days): 20 Sep + 2 = 22 Sep
        assertThat(answered.deadline().due()).isEqualTo(LocalDate.of(2026, 9, 22));

        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        assertThat(process(c)).isWaitingAt("Task_Review");
        // accepted 17 Sep: 20 working days end 21 Oct
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    void rejection_at_acceptance_needs_a_reason_and_ends_with_the_decision_and_the_outcome_not_accepted() {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0));
        ProcessInstance pi = process(c);
        assertThatThrownBy(() -> complete(health1, c, "Task_CheckCompleteness", "REJECT", null, Map.of()))
                .isInstanceOf(FieldErrors.class);

        complete(health1, c, "Task_CheckCompleteness", "REJECT", "选址不符合区域卫生规划", Map.of());

        assertThat(pi).isEnded().hasPassed("Event_NotAccepted");
        assertThat(outcomeOf(pi)).isEqualTo("NOT_ACCEPTED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(documentKinds(c)).contains("REJECTION_DECISION");
    }

    @Test
    void refusal_after_a_negative_review_issues_the_decision_with_reasons_and_remedies() {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0));
        complete(health1, c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete(health1, c, "Task_Review", "REFUSE", "卫生技术人员数量不符合护理院基本标准", Map.of());
        assertThat(process(c)).isWaitingAt("Task_Decide");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.PENDING_DECISION);
        ProcessInstance pi = process(c);

        assertThatThrownBy(() -> complete(lead, c, "Task_Decide", "REFUSE", " ", Map.of()))
                .isInstanceOf(FieldErrors.class);
        complete(lead, c, "Task_Decide", "REFUSE", "卫生技术人员数量不符合《护理院基本标准》", Map.of());

        assertThat(pi).isEnded().hasPassed("Event_Refused");
        assertThat(outcomeOf(pi)).isEqualTo("REFUSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(documentKinds(c)).contains("REFUSAL_DECISION").doesNotContain("PRACTICE_LICENCE");
    }

    @Test
    void extension_moves_the_due_date_by_ten_working_days_and_the_decision_timer_with_it() {
        CaseInfo c = atDecision();
        assertThat(decisionTimer(c).getDuedate()).isEqualTo(at(LocalDate.of(2026, 10, 20)));

        completeOn(LocalDateTime.of(2026, 9, 16, 9, 0), lead, c, "Task_Decide", "EXTEND", "需组织专家评审诊疗科目设置",
                Map.of());

        // 19 Oct + 10 working days: 20–23, 26–30 Oct, 2 Nov
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(decisionTimer(c).getDuedate()).isEqualTo(at(LocalDate.of(2026, 11, 3)));
        assertThat(process(c)).isWaitingAt("Task_Decide");
        assertThat(documentKinds(c)).contains("EXTENSION_NOTICE");
        assertThat(notices.recent(applicant.username(), 20)).anySatisfy(n -> assertThat(n.body()).contains("专家评审"));
    }

    @Test
    void a_second_extension_is_refused_and_a_passed_limit_tells_the_leader_without_deeming_approval() {
        CaseInfo c = atDecision();
        completeOn(LocalDateTime.of(2026, 9, 16, 9, 0), lead, c, "Task_Decide", "EXTEND", "需专家评审", Map.of());

        assertThatThrownBy(() -> complete(lead, c, "Task_Decide", "EXTEND", "还需时间", Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("只允许延长一次");
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));

        clock.set(LocalDateTime.of(2026, 11, 3, 0, 5));
        jobExecutor.fire(decisionTimer(c).getId());
        assertThat(process(c)).isWaitingAt("Task_Decide");
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.RED);
        assertThat(notices.recent("health-lead", 200)).anySatisfy(n -> assertThat(n.title()).isEqualTo("已超期：" + c.caseNo()));
    }

    @Test
    void application_counts_as_accepted_when_no_decision_within_five_working_days() {
        CaseInfo c = submittedOn(LocalDateTime.of(2026, 9, 14, 9, 0));
        ProcessInstance pi = process(c);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(at(LocalDate.of(2026, 9, 21)));

        clock.set(LocalDateTime.of(2026, 9, 21, 0, 5));
        jobExecutor.fire(timer.getId());

        assertThat(pi).hasPassed("Task_DeemAccepted").isWaitingAt("Task_Review");
        CaseInfo accepted = cases.get(c.id());
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).isEqualTo(accepted.submittedAt());
        // 20 working days from receipt on 14 Sep
        assertThat(accepted.dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(documentKinds(c)).contains("DEEMED_ACCEPTANCE_NOTICE");
    }

    @Test
    void late_delivery_turns_the_delivery_step_yellow_then_red() {
        CaseInfo c = atDecision();
        completeOn(LocalDateTime.of(2026, 9, 22, 9, 0), lead, c, "Task_Decide", "APPROVE", "同意", Map.of());
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 13));

        clock.set(LocalDateTime.of(2026, 10, 8, 9, 0)); // 4 working days left
        assertThat(taskItem(health1, c, "Task_Deliver").warning()).isEqualTo(Warning.NONE);
        clock.set(LocalDateTime.of(2026, 10, 9, 9, 0)); // 10 (make-up Saturday), 12, 13 Oct left
        assertThat(taskItem(health1, c, "Task_Deliver").warning()).isEqualTo(Warning.YELLOW);
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.YELLOW);
        clock.set(LocalDateTime.of(2026, 10, 14, 9, 0));
        assertThat(taskItem(health1, c, "Task_Deliver").warning()).isEqualTo(Warning.RED);
        assertThat(view(c).deadline().warning()).isEqualTo(Warning.RED);
    }

    @Test
    void institution_is_reminded_thirty_days_before_each_yearly_check_within_the_validity() {
        CaseInfo c = atDecision();
        completeOn(LocalDateTime.of(2026, 9, 22, 9, 0), lead, c, "Task_Decide", "APPROVE", "同意", Map.of());
        completeOn(LocalDateTime.of(2026, 9, 23, 9, 0), health1, c, "Task_Deliver", "DELIVER", null, Map.of());
        ProcessInstance checks = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("licence-checks").singleResult();
        Job first = management.createJobQuery().processInstanceId(checks.getId()).timers().singleResult();
        assertThat(first.getDuedate()).isEqualTo(at(LocalDate.of(2027, 8, 24))); // 23 Sep 2027 − 30 days

        clock.set(LocalDateTime.of(2027, 8, 24, 0, 5));
        jobExecutor.fire(first.getId());

        assertThat(notices.recent(applicant.username(), 20))
                .anySatisfy(n -> assertThat(n.body()).contains("2027-09-23 前申请校验"));
        Job second = management.createJobQuery().processInstanceId(checks.getId()).timers().singleResult();
        assertThat(second.getDuedate()).isEqualTo(at(LocalDate.of(2028, 8, 24)));
        assertThat(register.list(applicant, null, new PageRequest(0, 5)).items().get(0).nextCheckDue())
                .isEqualTo(LocalDate.of(2027, 9, 23));
    }
    @Test
    void a_licensed_institution_gets_an_inspection_within_three_months_of_issue_without_its_on_site_verifier() {
        List<String> extra = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            extra.add("linsp" + System.nanoTime() % 1_000_000_000L + i);
            accountService.create(users.get("admin"), new AccountForm(extra.get(i), "定期检查测试执法员",
                    "test-password-1", "HEALTH", null, null, true, Set.of(Role.INSPECTOR), null));
        }
        try {
            CaseInfo c = atDecision(); // inspector1 verified on site (Task_VerifyOnSite_B): 回避 for 12 months
            completeOn(LocalDateTime.of(2026, 9, 22, 9, 0), lead, c, "Task_Decide", "APPROVE", "同意", Map.of());
            completeOn(LocalDateTime.of(2026, 9, 23, 9, 0), health1, c, "Task_Deliver", "DELIVER", null, Map.of());
            ProcessInstance supervision = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                    .processDefinitionKey("licence-supervision").singleResult();
            Job first = management.createJobQuery().processInstanceId(supervision.getId()).timers().singleResult();
            assertThat(first.getDuedate()).isEqualTo(at(LocalDate.of(2026, 12, 23).minusDays(30)));

            clock.set(LocalDateTime.of(2026, 11, 23, 0, 5));
            jobExecutor.fire(first.getId());

            List<Inspection> opened = inspectionService.scheduledInspections(health1, c.caseNo());
            assertThat(opened).singleElement().satisfies(i -> {
                assertThat(i.institutionId()).isEqualTo(applicant.institutionId());
                assertThat(i.status()).isEqualTo(CaseStatus.ONSITE.name());
                assertThat(i.inspectorA()).isNotEqualTo(i.inspectorB());
                assertThat(List.of(i.inspectorA(), i.inspectorB())).doesNotContain("inspector1");
            });
            Job second = management.createJobQuery().processInstanceId(supervision.getId()).timers().singleResult();
            assertThat(second.getDuedate()).isEqualTo(at(LocalDate.of(2027, 6, 23).minusDays(30)));
        } finally {
            extra.forEach(u -> jdbc.update("update account set enabled = false where username = ?", u));
        }
    }
}
