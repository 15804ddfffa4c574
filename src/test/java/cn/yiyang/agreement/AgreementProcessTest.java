package cn.yiyang.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** One test per path of processes/agreement.bpmn, the renewal reminder and the expiry fired by their timers. */
@IntegrationTest
class AgreementProcessTest {

    @Autowired AgreementService agreements;
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

    CurrentUser home;
    CurrentUser hospital;
    Institution partner;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        home = data.applicantOf(InstitutionType.ELDERLY_CARE);
        partner = data.institution(InstitutionType.MEDICAL);
        hospital = data.applicantOf(partner, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static AgreementRequest request(String partnerCode, LocalDate start) {
        return new AgreementRequest(partnerCode, List.of("巡诊", "健康管理", "急诊急救", "绿色通道"),
                new BigDecimal("30000.00"), start, start.plusYears(1).minusDays(1));
    }

    private CaseInfo submitted(LocalDate start) {
        CaseInfo draft = agreements.create(home, request(partner.creditCode(), start));
        materials.upload(home, draft.caseNo(), "AGREEMENT_TEXT", "协议.pdf", new ByteArrayInputStream(TestData.pdf()));
        return submission.submit(home, draft.caseNo());
    }

    private ProcessInstance process(CaseInfo c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("agreement").singleResult();
    }

    private void complete(CurrentUser user, CaseInfo c, String key, String outcome, String comment) {
        String id = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                        new PageRequest(0, 50)).items().stream().filter(t -> t.key().equals(key)).map(TaskItem::id)
                .findFirst().orElseThrow(() -> new AssertionError(key + " not in the queue of " + user.username()));
        inbox.complete(user, id, outcome, comment, Map.of());
    }

    private void fire(CaseInfo c, String activityId) {
        Job job = management.createJobQuery().processInstanceId(process(c).getId()).activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        jobExecutor.fire(job.getId());
    }

    private Agreement details(CaseInfo c) {
        return agreements.details(users.get("civil1"), c.caseNo());
    }

    @Test
    void confirmed_and_acknowledged_agreement_is_effective_reminded_30_days_ahead_and_flagged_when_expired() {
        LocalDate start = cases.today();
        CaseInfo c = submitted(start);
        assertThat(process(c)).isWaitingAt("Task_PartnerConfirm");
        assertThat(details(c).state()).isEqualTo(AgreementState.PENDING);
        // the partner medical institution sees the case it is asked to confirm
        assertThat(views.view(hospital, c.caseNo()).caseNo()).isEqualTo(c.caseNo());

        complete(hospital, c, "Task_PartnerConfirm", "CONFIRM", "同意");
        assertThat(process(c)).isWaitingAt("Task_CivilAcknowledge", "Task_HealthAcknowledge");
        assertThat(details(c).state()).isEqualTo(AgreementState.ACKNOWLEDGING);
        complete(users.get("civil1"), c, "Task_CivilAcknowledge", "ACKNOWLEDGE", null);
        complete(users.get("health1"), c, "Task_HealthAcknowledge", "ACKNOWLEDGE", null);

        assertThat(process(c)).hasPassed("Task_Register").isWaitingAt("Timer_RenewalReminder");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        Agreement effective = details(c);
        assertThat(effective.state()).isEqualTo(AgreementState.EFFECTIVE);
        assertThat(effective.civilAcknowledgedAt()).isNotNull();
        assertThat(effective.healthAcknowledgedAt()).isNotNull();
        Job reminder = management.createJobQuery().processInstanceId(process(c).getId()).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(java.util.Date.from(effective.periodEnd().minusDays(30)
                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));

        clock.set(effective.periodEnd().minusDays(30).atTime(9, 0));
        assertThat(details(c).state()).isEqualTo(AgreementState.EXPIRING);
        fire(c, "Timer_RenewalReminder");
        assertThat(details(c).remindedAt()).isNotNull();
        assertThat(notices.recent(home.username(), 10)).anyMatch(n -> n.title().startsWith("合作协议即将到期"));
        assertThat(notices.recent(hospital.username(), 10)).anyMatch(n -> n.title().startsWith("合作协议即将到期"));
        assertThat(process(c)).isWaitingAt("Timer_Expired");

        clock.set(effective.periodEnd().plusDays(1).atTime(9, 0));
        assertThat(details(c).state()).isEqualTo(AgreementState.EXPIRED);
        fire(c, "Timer_Expired");
        assertThat(notices.recent(home.username(), 10)).anyMatch(n -> n.title().startsWith("合作协议已过期"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).count()).isZero();
    }

    @Test
    void partner_that_declines_must_give_a_reason_and_the_agreement_is_not_concluded() {
        CaseInfo c = submitted(cases.today());
        assertThatThrownBy(() -> complete(hospital, c, "Task_PartnerConfirm", "DECLINE", " "))
                .isInstanceOf(FieldErrors.class);
        assertThat(process(c)).isWaitingAt("Task_PartnerConfirm");

        complete(hospital, c, "Task_PartnerConfirm", "DECLINE", "服务半径外，无法承担急诊急救");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(details(c).state()).isEqualTo(AgreementState.DECLINED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).count()).isZero();
    }

    @Test
    void other_institutions_and_other_departments_do_not_see_the_agreement() {
        CaseInfo c = submitted(cases.today());
        CurrentUser stranger = data.applicantOf(InstitutionType.MEDICAL);
        assertThatThrownBy(() -> agreements.details(stranger, c.caseNo()))
                .isInstanceOf(cn.yiyang.shared.NotFoundException.class);
        assertThat(agreements.list(stranger, null, null, new PageRequest(0, 50)).items())
                .noneMatch(a -> a.caseNo().equals(c.caseNo()));
        assertThat(agreements.list(hospital, null, null, new PageRequest(0, 50)).items())
                .anyMatch(a -> a.caseNo().equals(c.caseNo()));
        assertThatThrownBy(() -> agreements.list(users.get("fire1"), null, null, new PageRequest(0, 50)))
                .isInstanceOf(cn.yiyang.shared.AccessDeniedProblem.class);
    }

    @Test
    void agreement_needs_a_medical_partner_a_period_of_at_most_one_year_and_no_overlap() {
        Institution otherHome = data.institution(InstitutionType.ELDERLY_CARE);
        FieldErrors notMedical = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(
                () -> agreements.create(home, request(otherHome.creditCode(), cases.today())));
        assertThat(notMedical.errors()).extracting(FieldErrors.FieldError::field).contains("partnerCreditCode");

        AgreementRequest tooLong = new AgreementRequest(partner.creditCode(), List.of("巡诊"), BigDecimal.TEN,
                cases.today(), cases.today().plusYears(2));
        FieldErrors period = (FieldErrors) org.assertj.core.api.Assertions.catchThrowable(
                () -> agreements.create(home, tooLong));
        assertThat(period.errors()).extracting(FieldErrors.FieldError::field).containsExactly("periodEnd");

        submitted(cases.today());
        assertThatThrownBy(() -> agreements.create(home, request(partner.creditCode(), cases.today().plusMonths(1))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("已有");
        assertThatThrownBy(() -> agreements.create(hospital, request(partner.creditCode(), cases.today())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("养老机构报备");
    }
}
