package cn.yiyang.demo;

import cn.yiyang.agreement.AgreementRequest;
import cn.yiyang.agreement.AgreementService;
import cn.yiyang.agreement.SubsidyClaimRequest;
import cn.yiyang.agreement.SubsidyService;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county that fills the dashboard: a year of closed history as rows (DemoCountyHistory), and the three agreements
 * of seed 004 (芒市中心敬老院–风平镇卫生院, 勐戛镇敬老院–勐戛镇卫生院, 遮放镇敬老院–遮放镇中心卫生院) as live cases
 * through the services: one waiting for the partner (overdue), one for the bureaus' acknowledgement (due soon), one
 * in force and ending within 30 days (its renewal reminder fires), whose 50% subsidy is approved and waits for
 * 财政局 (the demo account {@code finance1} is added here).
 */
@Component
@Profile("demo")
@Order(60)
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DemoCountyHistory history;
    private final AgreementService agreements;
    private final SubsidyService subsidies;
    private final CaseService cases;
    private final DemoSteps steps;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    DemoCounty(DemoCountyHistory history, AgreementService agreements, SubsidyService subsidies, CaseService cases,
               DemoSteps steps, TaskService tasks, JdbcTemplate jdbc) {
        this.history = history;
        this.agreements = agreements;
        this.subsidies = subsidies;
        this.cases = cases;
        this.steps = steps;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (history.loaded()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = cases.today();
        history.load(today);
        long historyMs = (System.nanoTime() - started) / 1_000_000;

        CaseInfo waiting = file(steps.user("applicant1"), "12533103MB00002010", today);
        dueOn(waiting, today.minusDays(3)); // the partner has let it lie: red

        CaseInfo acknowledging = file(steps.user("applicant2"), "12533103MB00002023", today);
        steps.complete(steps.applicantOf("12533103MB00002023", "demo-mengga-wsy"), acknowledging,
                "Task_PartnerConfirm", "CONFIRM", "同意按协议提供巡诊和急诊急救服务", Map.of());
        dueOn(acknowledging, today.plusDays(1)); // the bureaus have one day left: yellow

        CurrentUser zhefang = steps.applicantOf("12533103MB0000103G", "demo-zhefang");
        CaseInfo inForce = file(zhefang, "12533103MB00002036", today.minusDays(345));
        steps.complete(steps.applicantOf("12533103MB00002036", "demo-zhefang-wsy"), inForce, "Task_PartnerConfirm",
                "CONFIRM", "同意", Map.of());
        steps.complete(steps.user("civil1"), inForce, "Task_CivilAcknowledge", "ACKNOWLEDGE", "已备案", Map.of());
        steps.complete(steps.user("health1"), inForce, "Task_HealthAcknowledge", "ACKNOWLEDGE", "已备案", Map.of());

        financeAccount();
        CaseInfo claim = steps.submitted(zhefang, a -> subsidies.claim(a, inForce.caseNo(),
                new SubsidyClaimRequest(new BigDecimal("30000.00"), today.minusDays(300))));
        steps.complete(steps.user("civil1"), claim, "Task_CivilReview", "APPROVE", "凭证与协议一致", Map.of());
        steps.complete(steps.user("civil-lead"), claim, "Task_CivilApprove", "APPROVE", "同意补助 50%", Map.of());
        log.info("Demo county loaded: history in {} ms, with the live agreements in {} ms", historyMs,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** 财政局 has no demo account in the platform's demo data: the subsidy's payment step needs one. */
    private void financeAccount() {
        jdbc.update("""
                insert into account (username, display_name, password_hash, department_code, institution_id, region_code,
                                     email, enabled, demo_password, created_at)
                select 'finance1', '郭静（财政局）', password_hash, 'FINANCE', null, region_code, null, true, true, now(3)
                  from account where username = 'civil1'""");
        jdbc.update("insert into account_role (account_id, role) select id, 'REVIEWER' from account where username = 'finance1'");
    }

    private CaseInfo file(CurrentUser home, String partnerCode, LocalDate start) {
        return steps.submitted(home, a -> agreements.create(a, new AgreementRequest(partnerCode,
                List.of("巡诊", "健康管理", "保健咨询", "预约就诊", "急诊急救", "中医养生保健", "绿色通道"),
                new BigDecimal("30000.00"), start, start.plusYears(1).minusDays(1))));
    }

    /** Moves a demo case's limit so the dashboard shows warnings from the first start (through the engine's API). */
    private void dueOn(CaseInfo c, LocalDate due) {
        jdbc.update("update case_file set due_date = ? where id = ?", due, c.id());
        tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list()
                .forEach(t -> tasks.setDueDate(t.getId(), Date.from(due.atStartOfDay(ZONE).toInstant())));
    }
}
