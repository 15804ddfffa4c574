package cn.yiyang.reporting;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hand-built data for the indicators, in a township of its own per test (so the demo county does not count):
 * institutions through the registry service, cases, pauses, agreements and inspections as rows.
 */
@Component
class CountyFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final InstitutionService institutions;
    private final Users users;
    private final JdbcTemplate jdbc;

    CountyFixture(InstitutionService institutions, Users users, JdbcTemplate jdbc) {
        this.institutions = institutions;
        this.users = users;
        this.jdbc = jdbc;
    }

    static String township() {
        return "指标测试镇" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
    }

    Institution institution(String township, InstitutionType type, boolean internalMedical) {
        return institutions.create(users.get("admin"), new InstitutionForm("指标测试" + type.label() + SEQ.incrementAndGet(),
                TestData.creditCode(), type, township, township + "1 号", 30, Ownership.PUBLIC, Profit.NON_PROFIT,
                internalMedical, null));
    }

    /** A case row: closed (closedAt set) or open, with its due day; returns its id. */
    long caseRow(Institution institution, String matter, String status, LocalDate due, LocalDateTime closedAt) {
        String no = "T" + matter.substring(0, 4) + "-533103-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        jdbc.update("""
                insert into case_file (case_no, matter, region_code, status, institution_id, applicant_name, title,
                                       created_by, created_at, submitted_at, closed_at, clock_start, limit_working_days,
                                       due_date)
                values (?, ?, '533103', ?, ?, ?, '指标测试', 'test', ?, ?, ?, ?, 10, ?)""",
                no, matter, status, institution.id(), institution.name(), due.minusDays(20).atStartOfDay(),
                due.minusDays(20).atStartOfDay(), closedAt, due.minusDays(20), due);
        return jdbc.queryForObject("select id from case_file where case_no = ?", Long.class, no);
    }

    void pause(long caseId, LocalDateTime from, LocalDateTime to) {
        jdbc.update("insert into case_pause (case_id, kind, reason, started_at, ended_at) values (?, 'SUPPLEMENT', '补正', ?, ?)",
                caseId, from, to);
    }

    /** An agreement of {@code home} with {@code partner}: confirmed (or not) for the period. */
    void agreement(Institution home, Institution partner, LocalDate start, LocalDate end, boolean confirmed) {
        long caseId = caseRow(home, "AGREEMENT", confirmed ? "CLOSED" : "SUBMITTED", start.plusDays(14),
                confirmed ? start.atStartOfDay().plusDays(3) : null);
        jdbc.update("""
                insert into agreement (case_id, region_code, institution_id, partner_id, services, annual_fee,
                                       period_start, period_end, confirmed_at)
                values (?, '533103', ?, ?, '巡诊、健康管理', 30000, ?, ?, ?)""",
                caseId, home.id(), partner.id(), start, end, confirmed ? start.atStartOfDay().plusDays(2) : null);
    }

    /**
     * A plan whose inspection of {@code target} has ended: its publication step (Task_Publish) is due on {@code due}
     * (as the plan case's limit), published at {@code publishedAt} or still open (null).
     */
    void publication(Institution target, LocalDate due, LocalDateTime publishedAt) {
        long planCase = caseRow(target, "INSPECTION", publishedAt == null ? "PENDING_DECISION" : "CLOSED", due,
                publishedAt);
        jdbc.update("""
                insert into inspection_plan (case_id, name, department, items, proportion, inspectors_per_target,
                                             period_start, period_end, status, created_by, created_at, published_at)
                values (?, '指标测试计划', 'HEALTH', 'MED-SERVICE', 0.5, 2, ?, ?, ?, 'test', ?, ?)""",
                planCase, due.minusDays(60), due.minusDays(30), "INSPECTED",
                due.minusDays(60).atStartOfDay(), publishedAt);
        long planId = jdbc.queryForObject("select id from inspection_plan where case_id = ?", Long.class, planCase);
        jdbc.update("""
                insert into case_step (case_id, task_id, task_key, name, candidate_group, started_at, due_at, ended_at)
                values (?, ?, 'Task_Publish', '负责人审核公开抽查结果', 'HEALTH_LEADER', ?, ?, ?)""",
                planCase, "T-PUB-" + planCase, due.minusDays(28).atStartOfDay(), due.atStartOfDay(), publishedAt);
        long inspectionCase = caseRow(target, "INSPECTION", "CLOSED", due.minusDays(28), due.minusDays(28).atTime(9, 0));
        jdbc.update("""
                insert into inspection_target (case_id, plan_id, draw_id, institution_id, inspector_a, inspector_b, result)
                values (?, ?, 0, ?, 'inspector1', 'inspector2', 'PASS')""", inspectionCase, planId, target.id());
    }
}
