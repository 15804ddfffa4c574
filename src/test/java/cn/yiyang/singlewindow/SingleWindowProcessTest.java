package cn.yiyang.singlewindow;

import static cn.yiyang.singlewindow.SingleWindowSteps.medicalPart;
import static cn.yiyang.singlewindow.SingleWindowSteps.request;
import static cn.yiyang.singlewindow.SingleWindowSteps.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.JobExecutorTimers;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths of processes/single-window.bpmn and single-window-track.bpmn through the services people use, on the
 * real 2026 calendar (Mid-Autumn and National Day 25 Sep–7 Oct off, Sunday 20 Sep and Saturday 10 Oct make-up working days).
 */
@IntegrationTest
class SingleWindowProcessTest {

    private static final String[] FOUR = {"civil1", "planning1", "construction1", "fire1"};

    @Autowired SingleWindowSteps steps;
    @Autowired SingleWindowService singleWindow;
    @Autowired CaseService cases;
    @Autowired CaseViews views;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired Notices notices;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired TestClock clock;

    CurrentUser applicant;
    final List<CaseInfo> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        clock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
    }

    @AfterEach
    void withdrawOpenCasesAndResetClock() {
        for (CaseInfo c : opened) {
            if (!cases.get(c.id()).status().isTerminal()) {
                submission.withdraw(applicant, c.caseNo(), "测试结束");
            }
        }
        clock.reset();
    }

    private CaseInfo acceptedCase(SingleWindowRequest request) {
        CaseInfo c = steps.submitted(applicant, request);
        opened.add(c);
        steps.complete("window1", c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        return c;
    }

    private long documents(CaseInfo c, String kind) {
        return views.view(users.get("window1"), c.caseNo()).documents().stream().filter(d -> d.kind().equals(kind)).count();
    }

    @Test
    void without_a_medical_part_HEALTH_is_skipped_and_four_approvals_are_delivered_at_once_by_the_window() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", true, null));

        CaseInfo accepted = cases.get(c.id());
        assertThat(accepted.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(accepted.limitWorkingDays()).isEqualTo(45);
        SingleWindowApplication reviewing = steps.view(c);
        assertThat(state(reviewing, "HEALTH")).isEqualTo(TrackState.SKIPPED);
        assertThat(reviewing.tracks()).filteredOn(t -> !t.department().equals("HEALTH"))
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TrackState.REVIEWING));
        // CIVIL's own limit is 5 working days: from 14 Sep with Sunday 20 Sep a make-up working day → 20 Sep
        assertThat(reviewing.tracks()).filteredOn(t -> t.department().equals("CIVIL")).singleElement()
                .extracting(SingleWindowApplication.Track::stepDue).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(steps.task("health1", c, "Task_Review")).isEmpty();

        steps.allApprove(c, FOUR);
        assertThat(steps.view(c).tracks()).filteredOn(t -> !t.department().equals("HEALTH"))
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TrackState.APPROVED));
        assertThat(cases.get(c.id()).closedAt()).isNull();
        steps.complete("window1", c, "Task_Deliver", "DELIVER", null, Map.of());

        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(documents(c, "RESULT_NOTICE")).isEqualTo(1);
        assertThat(steps.view(c).deliveredAt()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).count()).isZero();
    }

    @Test
    void one_department_refusing_still_lets_the_others_decide_and_the_case_closes_as_refused_with_its_reasons() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", true, null));
        steps.complete("planning1", c, "Task_Review", "REFUSE", "选址不符合国土空间规划", Map.of());
        assertThat(steps.task("window1", c, "Task_Deliver")).isEmpty();
        steps.allApprove(c, "civil1", "construction1", "fire1");

        steps.complete("window1", c, "Task_Deliver", "DELIVER", null, Map.of());

        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.REFUSED);
        SingleWindowApplication done = steps.view(c);
        assertThat(state(done, "PLANNING")).isEqualTo(TrackState.REFUSED);
        assertThat(done.tracks()).filteredOn(t -> t.department().equals("PLANNING")).singleElement()
                .extracting(SingleWindowApplication.Track::reason).isEqualTo("选址不符合国土空间规划");
        assertThat(documents(c, "RESULT_NOTICE")).isEqualTo(1);
    }

    @Test
    void two_departments_asking_for_supplements_in_one_round_get_one_notice_one_pause_and_only_they_review_again() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", true, null));
        LocalDate dueBefore = cases.get(c.id()).dueDate();
        steps.complete("planning1", c, "Task_Review", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "PLANNING_PERMIT", "reason", "规划许可证已过期"))));
        steps.complete("fire1", c, "Task_Review", "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "FIRE_DESIGN", "reason", "缺少消防设计说明"),
                        Map.of("code", "SITE_AND_FLOOR_PLAN", "reason", "平面图未标注疏散通道"))));
        steps.allApprove(c, "civil1", "construction1");
        assertThat(state(steps.view(c), "PLANNING")).isEqualTo(TrackState.SUPPLEMENT);
        assertThat(documents(c, "SUPPLEMENT_NOTICE")).isZero();

        steps.complete("window1", c, "Task_MergeSupplements", "SUPPLEMENT", null, Map.of());

        assertThat(documents(c, "SUPPLEMENT_NOTICE")).isEqualTo(1);
        CaseView view = views.view(applicant, c.caseNo());
        assertThat(view.status()).isEqualTo(CaseStatus.SUPPLEMENTING);
        assertThat(view.pauses()).hasSize(1);
        assertThat(steps.view(c).requests()).hasSize(3).allSatisfy(r -> assertThat(r.sent()).isTrue());

        clock.set(LocalDateTime.of(2026, 9, 21, 10, 0)); // five working days later
        assertThatThrownBy(() -> submission.answerSupplement(applicant, c.caseNo(), "已补正"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("尚未重新上传");
        for (String code : List.of("PLANNING_PERMIT", "FIRE_DESIGN", "SITE_AND_FLOOR_PLAN")) {
            steps.upload(applicant, c, code);
        }
        submission.answerSupplement(applicant, c.caseNo(), "已按通知补正");

        CaseInfo resumed = cases.get(c.id());
        assertThat(resumed.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.dueDate()).isAfter(dueBefore);
        assertThat(steps.task("planning1", c, "Task_Review")).isPresent();
        assertThat(steps.task("fire1", c, "Task_Review")).isPresent();
        assertThat(steps.task("civil1", c, "Task_Review")).isEmpty();
        assertThat(steps.task("construction1", c, "Task_Review")).isEmpty();
        assertThat(state(steps.view(c), "CIVIL")).isEqualTo(TrackState.APPROVED);

        steps.allApprove(c, "planning1", "fire1");
        steps.complete("window1", c, "Task_Deliver", "DELIVER", null, Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(documents(c, "SUPPLEMENT_NOTICE")).isEqualTo(1);
        assertThat(views.view(applicant, c.caseNo()).pauses()).hasSize(1);
    }

    @Test
    void fire_refers_a_renovation_without_property_registration_the_government_sets_conditions_and_fire_approves() {
        CaseInfo c = acceptedCase(request("RENOVATION", false, null));
        steps.complete("fire1", c, "Task_Review", "REFER", "房屋未办理产权登记，无法办理消防验收", Map.of());
        steps.allApprove(c, "civil1", "planning1", "construction1");
        assertThat(state(steps.view(c), "FIRE")).isEqualTo(TrackState.REFERRED);

        steps.complete("civil1", c, "Task_ReferToGov", "REFER", "请县政府一事一议", Map.of());
        assertThat(cases.get(c.id()).paused()).isTrue();
        clock.set(LocalDateTime.of(2026, 9, 18, 15, 0));
        steps.complete("gov1", c, "Task_Deliberate", "DECIDED", null, Map.of("meetingDate", "2026-09-18",
                "participants", "县政府办、民政局、消防救援大队、资规局、住建局", "decision", "同意在安全评估合格后办理消防验收",
                "conditions", "委托第三方开展建筑安全评估并整改", "departments", "FIRE"));

        CaseInfo back = cases.get(c.id());
        assertThat(back.paused()).isFalse();
        assertThat(views.view(applicant, c.caseNo()).pauses()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo("DELIBERATION"))
                .satisfies(p -> assertThat(p.endedAt()).isNotNull());
        assertThat(documents(c, "MEETING_MINUTES")).isEqualTo(1);
        SingleWindowApplication afterMeeting = steps.view(c);
        assertThat(afterMeeting.meetings()).singleElement()
                .satisfies(m -> assertThat(m.conditions()).isEqualTo("委托第三方开展建筑安全评估并整改"));
        assertThat(state(afterMeeting, "FIRE")).isEqualTo(TrackState.REVIEWING);
        assertThat(steps.task("planning1", c, "Task_Review")).isEmpty();

        steps.complete("fire1", c, "Task_Review", "APPROVE", "按会议条件，评估合格，同意消防验收备案", Map.of());
        steps.complete("window1", c, "Task_Deliver", "DELIVER", null, Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_new_build_cannot_be_referred_and_only_FIRE_or_CIVIL_may_refer() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", false, null));
        assertThatThrownBy(() -> steps.complete("fire1", c, "Task_Review", "REFER", "无产权登记", Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("改建、扩建");
        assertThatThrownBy(() -> steps.complete("planning1", c, "Task_Review", "REFER", "请求一事一议", Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("消防救援大队或民政局");
        assertThat(state(steps.view(c), "FIRE")).isEqualTo(TrackState.REVIEWING);
    }

    @Test
    void the_medical_part_runs_licence_2in1_on_its_own_sub_case_with_the_shared_materials_and_its_licence_is_HEALTHs_result() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", true, medicalPart()));
        SingleWindowApplication a = steps.view(c);
        assertThat(state(a, "HEALTH")).isEqualTo(TrackState.REVIEWING);
        assertThat(a.licenceCaseNo()).startsWith("LHXK-");
        CaseInfo sub = cases.findByNo(a.licenceCaseNo()).orElseThrow();
        assertThat(sub.status()).isEqualTo(CaseStatus.PENDING_ACCEPTANCE);
        assertThat(materials.required(sub)).allSatisfy(m -> assertThat(m.provided()).isTrue());

        steps.complete("health1", sub, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        steps.complete("health1", sub, "Task_Review", "APPROVE", "材料齐全", Map.of("onsiteDays", 2));
        steps.complete("health2", sub, "Task_VerifyOnSite_A", "VERIFIED", "场地一致", Map.of());
        steps.complete("inspector1", sub, "Task_VerifyOnSite_B", "VERIFIED", "人员一致", Map.of());
        steps.complete("health-lead", sub, "Task_Decide", "APPROVE", "同意", Map.of());
        steps.allApprove(c, FOUR);
        assertThat(steps.task("window1", c, "Task_Deliver")).isEmpty(); // the licence is not delivered yet
        steps.complete("health1", sub, "Task_Deliver", "DELIVER", null, Map.of());

        assertThat(state(steps.view(c), "HEALTH")).isEqualTo(TrackState.APPROVED);
        assertThat(cases.get(sub.id()).status()).isEqualTo(CaseStatus.CLOSED);
        steps.complete("window1", c, "Task_Deliver", "DELIVER", null, Map.of());
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void withdrawing_the_single_window_case_withdraws_its_licence_sub_case_too() {
        CaseInfo c = acceptedCase(request("EXTENSION", true, medicalPart()));
        CaseInfo sub = cases.findByNo(steps.view(c).licenceCaseNo()).orElseThrow();

        submission.withdraw(applicant, c.caseNo(), "项目暂缓");

        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(cases.get(sub.id()).status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(steps.task("health1", sub, "Task_CheckCompleteness")).isEmpty();
    }

    @Test
    void the_overall_limit_is_45_working_days_its_timer_warns_and_the_government_leader_extends_it_by_15_once() {
        CaseInfo c = acceptedCase(request("NEW_BUILD", true, null));
        CaseInfo accepted = cases.get(c.id());
        // 14 Sep + 45 working days over Mid-Autumn and National Day (20 Sep and 10 Oct worked) = Friday 20 Nov
        assertThat(accepted.dueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> singleWindow.extend(users.get("gov1"), c.caseNo(), "情况复杂"))
                .isInstanceOf(AccessDeniedProblem.class);

        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(steps.view(c).tracks()).filteredOn(t -> !t.department().equals("HEALTH"))
                .allSatisfy(t -> assertThat(t.warning()).isEqualTo(Warning.RED));
        Job overall = overallTimer(c);
        assertThat(overall.getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 11, 21)));
        jobExecutor.fire(overall.getId());
        assertThat(notices.recent("gov-lead", 5)).anySatisfy(n -> assertThat(n.title()).isEqualTo("已超期：" + c.caseNo()));

        SingleWindowApplication extended = singleWindow.extend(users.get("gov-lead"), c.caseNo(), "涉及一事一议，情况复杂");
        assertThat(extended.extended()).isTrue();
        CaseInfo after = cases.get(c.id());
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(after.extensionDays()).isEqualTo(15);
        assertThat(documents(c, "EXTENSION_NOTICE")).isEqualTo(1);
        assertThatThrownBy(() -> singleWindow.extend(users.get("gov-lead"), c.caseNo(), "再次延长"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("只允许延长一次");
    }

    private Job overallTimer(CaseInfo c) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("single-window").singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).timers().activityId("Timer_CaseDeadline_Overall")
                .singleResult();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
