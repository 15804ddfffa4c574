package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo has a plan with a public draw, a passed inspection and a rectification under way, published. */
@IntegrationTest
class DemoInspectionsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired InspectionService inspections;
    @Autowired Users users;

    @Test
    void the_demo_plan_is_drawn_with_one_passed_and_one_rectifying_inspection_and_its_results_published() {
        Long planId = jdbc.queryForObject("select id from inspection_plan where name = '2026年度医养结合双随机抽查（遮放镇）'",
                Long.class);
        InspectionPlan plan = inspections.plan(users.get("supervisor1"), planId);
        assertThat(plan.status()).isEqualTo(InspectionPlan.INSPECTED);
        assertThat(plan.publishedAt()).isNotNull();
        assertThat(inspections.publicDraw(plan.drawId()).intact()).isTrue();
        List<Inspection> done = inspections.inspections(users.get("supervisor1"), planId);
        assertThat(done).extracting(Inspection::status).containsExactlyInAnyOrder("CLOSED", "RECTIFYING");
        assertThat(done).extracting(Inspection::result).containsExactlyInAnyOrder("PASS", "FAIL");
        assertThat(inspections.publishedResults(plan.periodStart().getYear())).extracting(PublishedResult::caseNo)
                .containsAll(done.stream().map(Inspection::caseNo).toList());
    }
}
