package cn.yiyang.demo;

import cn.yiyang.casework.CaseService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionPlanRequest;
import cn.yiyang.inspection.InspectionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * 双随机 once, through the services: a HEALTH plan over 遮放镇 approved by the leader and drawn with seed 20261201; the
 * drawn 卫生院 passes, the 敬老院 fails on the green channel and is rectifying under a 责令限期整改通知书; the leader
 * publishes the results.
 */
@Component
@Profile("demo")
@Order(40)
class DemoInspections implements ApplicationRunner {

    static final String PLAN_NAME = "2026年度医养结合双随机抽查（遮放镇）";
    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final InspectionService inspections;
    private final CaseService cases;
    private final DemoSteps steps;
    private final JdbcTemplate jdbc;

    DemoInspections(InspectionService inspections, CaseService cases, DemoSteps steps, JdbcTemplate jdbc) {
        this.inspections = inspections;
        this.cases = cases;
        this.steps = steps;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from inspection_plan where name = ?", Integer.class,
                PLAN_NAME);
        if (existing != null && existing > 0) {
            return;
        }
        CurrentUser supervisor = steps.user("supervisor1");
        List<String> items = List.of("MED-SERVICE", "COOP-AGREEMENT", "GREEN-CHANNEL", "ELDERLY-FIRST",
                "HEALTH-RECORDS", "STAFF-QUALIFICATION");
        LocalDate today = cases.today();
        InspectionPlan plan = inspections.createPlan(supervisor, new InspectionPlanRequest(PLAN_NAME, "HEALTH", items,
                new InspectionPlanRequest.Population(null, null, "遮放镇"), BigDecimal.ONE, 2, today,
                today.plusMonths(1)));
        steps.complete(steps.user("health-lead"), cases.findByNo(plan.caseNo()).orElseThrow(), "Task_ApprovePlan",
                "APPROVE", "同意按计划抽查", Map.of());
        inspections.draw(supervisor, plan.id(), 20261201L);
        for (Inspection i : inspections.inspections(supervisor, plan.id())) {
            boolean medical = i.institutionName().contains("卫生院");
            var c = cases.findByNo(i.caseNo()).orElseThrow();
            List<Map<String, String>> answers = items.stream().map(code -> medical || !code.equals("GREEN-CHANNEL")
                    ? Map.of("item", code, "result", "PASS", "note", "")
                    : Map.of("item", code, "result", "FAIL", "note", "未与合作医疗机构建立预约就诊绿色通道，无转诊记录")).toList();
            steps.complete(steps.user(i.inspectorA()), c, "Task_Inspect", "SUBMIT", null, Map.of("answers", answers));
            steps.complete(steps.user(i.inspectorB()), c, "Task_CoSign", "SIGN", null,
                    Map.of("rectificationDays", 15));
        }
        inspections.publish(steps.user("health-lead"), plan.id());
        log.info("Demo inspection plan {} drawn with seed 20261201", plan.caseNo());
    }
}
