package cn.yiyang.demo;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.LicenceApplicationRequest;
import cn.yiyang.singlewindow.SingleWindowRequest;
import cn.yiyang.singlewindow.SingleWindowService;
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
 * 一个窗口办理 in the demo, once, through the services people use: the county government's LEADER ({@code gov-lead},
 * who may extend a case by 15 working days once); 芒市中心敬老院's extension with a medical part awaits the window's
 * acceptance; 勐戛镇敬老院's renovation is under parallel review (two departments approved, two reviewing);
 * 芒市福寿康养中心's new building waits for the applicant to answer ONE notice merging two departments' requests;
 * and 芒市中心敬老院's earlier new building was delivered with every department's approval.
 */
@Component
@Profile("demo")
@Order(50)
class DemoSingleWindow implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSingleWindow.class);

    private final JdbcTemplate jdbc;
    private final SingleWindowService singleWindow;
    private final DemoSteps steps;

    DemoSingleWindow(JdbcTemplate jdbc, SingleWindowService singleWindow, DemoSteps steps) {
        this.jdbc = jdbc;
        this.singleWindow = singleWindow;
        this.steps = steps;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        governmentLeader();
        if (steps.loaded(Matter.SINGLE_WINDOW)) {
            return;
        }
        CurrentUser window = steps.user("window1");
        CurrentUser applicant1 = steps.user("applicant1");

        CaseInfo delivered = submitted(applicant1, new SingleWindowRequest("芒市中心敬老院颐养院", "52533103MJ00000110",
                "NEW_BUILD", 200, true, true, null));
        steps.complete(window, delivered, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        for (String reviewer : List.of("civil1", "planning1", "construction1", "fire1")) {
            steps.complete(steps.user(reviewer), delivered, "Task_Review", "APPROVE", "符合要求", Map.of());
        }
        steps.complete(window, delivered, "Task_Deliver", "DELIVER", "统一出件", Map.of());

        submitted(applicant1, new SingleWindowRequest("芒市中心敬老院医养楼", "52533103MJ00000224", "EXTENSION", 80, true,
                true, new LicenceApplicationRequest("芒市中心敬老院医务楼护理院", null, "LEVEL_1", "NURSING_HOME_HOSPITAL",
                "PUBLIC", "NON_PROFIT", 30, List.of("内科", "康复医学科"), "入住老人", null, "800000.00", "杨荣海",
                "芒市勐焕街道中心敬老院 3 号楼")));

        CaseInfo reviewing = submitted(steps.user("applicant2"), new SingleWindowRequest("勐戛镇敬老院医养结合中心",
                "52533103MJ00000338", "RENOVATION", 60, false, true, null));
        steps.complete(window, reviewing, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        steps.complete(steps.user("civil1"), reviewing, "Task_Review", "APPROVE", "同意养老机构备案", Map.of());
        steps.complete(steps.user("planning1"), reviewing, "Task_Review", "APPROVE", "符合规划", Map.of());

        CaseInfo supplementing = submitted(steps.applicantOf("91533103MA6K00001K", "demo-fushou"),
                new SingleWindowRequest("芒市福寿康养中心二期", "52533103MJ0000044C", "NEW_BUILD", 150, true, true, null));
        steps.complete(window, supplementing, "Task_CheckCompleteness", "ACCEPT", "材料齐全", Map.of());
        steps.complete(steps.user("planning1"), supplementing, "Task_Review", "SUPPLEMENT", null, Map.of("missing",
                List.of(Map.of("code", "PLANNING_PERMIT", "reason", "建设工程规划许可证与设计平面图的建筑面积不一致"))));
        steps.complete(steps.user("fire1"), supplementing, "Task_Review", "SUPPLEMENT", null, Map.of("missing",
                List.of(Map.of("code", "FIRE_DESIGN", "reason", "缺少自动喷水灭火系统设计说明"))));
        steps.complete(steps.user("civil1"), supplementing, "Task_Review", "APPROVE", "同意养老机构备案", Map.of());
        steps.complete(steps.user("construction1"), supplementing, "Task_Review", "APPROVE", "同意", Map.of());
        steps.complete(window, supplementing, "Task_MergeSupplements", "SUPPLEMENT", "合并两个部门的补正要求", Map.of());
        log.info("Demo single-window cases created: delivered, awaiting acceptance, under review, supplement outstanding");
    }

    private CaseInfo submitted(CurrentUser applicant, SingleWindowRequest request) {
        return steps.submitted(applicant, a -> singleWindow.create(a, request));
    }

    /** gov-lead: same demo password and region as gov1 (the demo accounts of demo-data.sql). */
    private void governmentLeader() {
        Integer exists = jdbc.queryForObject("select count(*) from account where username = 'gov-lead'", Integer.class);
        if (exists != null && exists > 0) {
            return;
        }
        jdbc.update("""
                insert into account (username, display_name, password_hash, department_code, institution_id, region_code,
                                     email, enabled, demo_password, created_at)
                select 'gov-lead', '钱副市长（市人民政府）', password_hash, 'GOV', null, region_code, null, true, demo_password, now(3)
                from account where username = 'gov1'""");
        jdbc.update("insert into account_role (account_id, role) select id, 'LEADER' from account where username = 'gov-lead'");
        log.info("Demo account gov-lead (county government LEADER) created");
    }
}
