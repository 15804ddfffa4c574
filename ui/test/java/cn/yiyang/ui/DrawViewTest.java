package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionPlanRequest;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The draw screen: the supervisor runs an approved plan's draw with a seed and sees the record. */
@IntegrationTest
class DrawViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired InspectionService inspections;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.yiyang.casework.TaskInbox inbox;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    @Test
    void the_supervisor_runs_the_draw_with_a_seed_and_sees_the_targets_with_two_inspectors_each() {
        InspectionPlan plan = inspections.createPlan(users.get("supervisor1"), new InspectionPlanRequest(
                "界面抽取测试" + System.nanoTime(), "HEALTH", List.of("MED-SERVICE"),
                new InspectionPlanRequest.Population("MEDICAL", null, "风平镇"), new BigDecimal("0.01"), 2,
                LocalDate.now(), LocalDate.now().plusMonths(1)));
        long caseId = jdbc.queryForObject("select case_id from inspection_plan where id = ?", Long.class, plan.id());
        String task = inbox.openTaskOf(users.get("health-lead"), caseId, "Task_ApprovePlan").orElseThrow();
        inbox.complete(users.get("health-lead"), task, "APPROVE", "同意", Map.of());

        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "supervisor1");
        UI.getCurrent().navigate("inspection/plans/" + plan.id() + "/draw");
        _get(TextField.class, spec -> spec.withId("draw-seed")).setValue("12345");
        _get(Button.class, spec -> spec.withId("draw-run")).click();

        @SuppressWarnings("unchecked")
        Grid<cn.yiyang.inspection.DrawRecord.TargetView> targets = _get(Grid.class, spec -> spec.withId("draw-targets"));
        assertThat(GridKt._size(targets)).isEqualTo(1);
        assertThat(GridKt._get(targets, 0).inspectorNames()).hasSize(2);
        assertThat(inspections.plan(users.get("supervisor1"), plan.id()).status()).isEqualTo(InspectionPlan.DRAWN);
    }
}
