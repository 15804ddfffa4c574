package cn.yiyang.timers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.Api;
import cn.yiyang.support.Filings;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.JobExecutorTimers;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statutory timers fired by the engine's real job executor (its acquisition thread and worker threads), not by
 * {@code executeJob}: the clock is set short of the timer's due date and nothing happens, then past it and the
 * executor fires the timer once.
 *
 * <p>The executor runs only for the one timer ({@link JobExecutorTimers}), so moving the engine's clock days ahead
 * fires no other test's timers.
 */
@IntegrationTest
class JobExecutorTimersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired ManagementService management;
    @Autowired TaskInbox inbox;
    @Autowired Notices notices;
    @Autowired Users users;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void a_filing_nobody_checks_within_five_working_days_is_deemed_accepted_by_the_job_executor() throws Exception {
        Filing filing = submittedFiling();

        fireByTheJobExecutor(filing.caseNo(), "Timer_CaseDeadline_Acceptance",
                () -> audited(filing.caseNo(), "DEEMED_ACCEPTED") > 0);

        assertThat(audited(filing.caseNo(), "DEEMED_ACCEPTED")).isOne();
        assertThat(status(filing.caseNo())).isEqualTo("ACCEPTED");
    }

    @Test
    void an_applicant_who_never_answers_a_supplement_notice_is_reminded_then_the_case_closes_by_the_job_executor()
            throws Exception {
        Filing filing = submittedFiling();
        CurrentUser health1 = users.get("health1");
        String check = inbox.queue(health1, TaskInbox.Scope.ALL, null, null, filing.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 20)).items().stream().filter(t -> t.key().equals("Task_CheckCompleteness"))
                .map(TaskItem::id).findFirst().orElseThrow();
        inbox.complete(health1, check, "SUPPLEMENT", null,
                Map.of("missing", List.of(Map.of("code", "EQUIPMENT_LIST", "reason", "设备清单缺少型号"))));

        fireByTheJobExecutor(filing.caseNo(), "Timer_SupplementReminder", () -> notices
                .recent(filing.applicant(), 50).stream().anyMatch(n -> n.title().contains("即将到期")));
        assertThat(notices.recent(filing.applicant(), 50)).filteredOn(n -> n.title().contains("即将到期")).hasSize(1);
        assertThat(status(filing.caseNo())).isEqualTo("SUPPLEMENTING");

        fireByTheJobExecutor(filing.caseNo(), "Timer_SupplementExpired",
                () -> "WITHDRAWN".equals(status(filing.caseNo())));
        assertThat(notices.recent(filing.applicant(), 50)).filteredOn(n -> n.title().equals("已撤回：" + filing.caseNo()))
                .hasSize(1);
    }

    /**
     * Sets the clock a minute short of the timer's due date (nothing may fire in a few acquisition rounds), then a
     * minute past it, and waits until the executor has fired it: the effect seen, the job gone, and no second firing.
     */
    private void fireByTheJobExecutor(String caseNo, String activityId, BooleanSupplier fired) {
        Job timer = theTimerOf(caseNo, activityId);
        clock.set(at(timer).minusMinutes(1));
        jobExecutor.idle(timer.getId(), Duration.ofSeconds(3)); // a few acquisition rounds before the due date
        assertThat(fired.getAsBoolean()).as(activityId + " fired before its due date").isFalse();

        clock.set(at(timer).plusMinutes(1));
        jobExecutor.fire(timer.getId());
        assertThat(fired.getAsBoolean()).as(activityId + " fired").isTrue();
    }

    /** The case's timer of the given BPMN element, made acquirable by this test's executor only. */
    private Job theTimerOf(String caseNo, String activityId) {
        String processInstanceId = jdbc.queryForObject("select process_instance_id from case_file where case_no = ?",
                String.class, caseNo);
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
        Job timer = timers.stream().filter(j -> activityId.equals(activityOf(j))).findFirst().orElseThrow(
                () -> new AssertionError("no timer " + activityId + " among " + timers.stream().map(this::activityOf)
                        .toList()));
        return timer;
    }

    private String activityOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private static LocalDateTime at(Job job) {
        return LocalDateTime.ofInstant(job.getDuedate().toInstant(), SHANGHAI);
    }

    private int audited(String caseNo, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry a join case_file c on c.id = a.case_id"
                + " where c.case_no = ? and a.action = ?", Integer.class, caseNo, action);
    }

    private String status(String caseNo) {
        return jdbc.queryForObject("select status from case_file where case_no = ?", String.class, caseNo);
    }

    private record Filing(String caseNo, String applicant) {
    }

    private Filing submittedFiling() {
        String applicant = data.applicantOf(InstitutionType.ELDERLY_CARE).username();
        return new Filing(Filings.submitted(new Api(port), applicant, "定时器测试医务室"), applicant);
    }
}
