package cn.yiyang.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard in real Chromium: ECharts draws each chart on a canvas with the demo county's data; a click on a bar
 * and on a card opens the list behind the number. The public pages render for an anonymous visitor on a phone and
 * show no personal data.
 */
@IntegrationTest
class DashboardJourneyTest extends ChromiumJourney {

    @Autowired JdbcTemplate jdbc;

    @Test
    void supervisor_sees_every_chart_drawn_with_data_and_drills_down_from_a_bar_and_a_card() {
        Page page = chromium.logIn(base(), "supervisor1");
        page.navigate(base() + "dashboard");
        for (String id : List.of("chart-indicators", "chart-townships", "chart-trend", "chart-workload")) {
            Locator chart = page.locator("#" + id);
            assertThat(chart).hasAttribute("data-rendered", "true");
            assertThat(chart.locator("canvas")).hasCount(1);
            assertThat(Integer.parseInt(chart.getAttribute("data-points"))).as(id).isPositive();
        }
        assertThat(page.locator(".indicator-card.behind").first()).isVisible();
        page.setViewportSize(1280, 1500);
        Chromium.screenshot(page, "dashboard.png");

        // a real click on the middle of the first non-empty bar segment of the workload chart opens its cases
        Locator workload = page.locator("#chart-workload");
        workload.scrollIntoViewIfNeeded(); // the click goes to viewport coordinates
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) workload.evaluate("""
                el => { const c = echarts.getInstanceByDom(el), series = c.getOption().series;
                        for (let i = 0; i < series[0].data.length; i++) {
                          let below = 0;
                          for (let k = 0; k < series.length; k++) {
                            const v = Number(series[k].data[i]);
                            if (v > 0) return c.convertToPixel({seriesIndex: k}, [i, below + v / 2]);
                            below += v;
                          }
                        }
                        return null; }""");
        assertThat(point).as("a department with overdue or nearly due steps").isNotNull();
        var box = workload.boundingBox();
        page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
        assertThat(page.locator("#drill-cases")).isVisible();
        assertThat(page.locator("#drill-cases vaadin-grid-cell-content a").first()).isVisible();
        page.keyboard().press("Escape");

        page.locator(".indicator-card[data-code='AGREEMENT_COVERAGE']").click();
        Locator coverage = page.locator("#drill-coverage");
        assertThat(coverage).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('未覆盖')").first()).isVisible();
    }

    @Test
    void public_registry_and_progress_query_work_without_login_on_a_phone_and_show_no_personal_data() {
        Page page = chromium.anonymous();
        page.navigate(base() + "public/registry");
        assertThat(page.locator("#public-clinics vaadin-grid-cell-content:has-text('医务室')").first()).isVisible();
        assertThat(page.locator("#public-licences")).isVisible();
        assertThat(page.content()).doesNotContain("11010519491231002X").doesNotContain("1101051949");

        Map<String, Object> c = jdbc.queryForMap("select c.case_no, i.credit_code from case_file c join institution i "
                + "on i.id = c.institution_id where c.matter = 'AGREEMENT' and c.status <> 'DRAFT' "
                + "and i.name = '芒市中心敬老院' order by c.id limit 1");
        page.navigate(base() + "public/progress");
        page.locator("#progress-case-no input").fill((String) c.get("case_no"));
        page.locator("#progress-credit-code input").fill("12533103MB00002010"); // the partner's code: not the applicant
        page.locator("#progress-search").click();
        assertThat(page.locator("#progress-result")).containsText("未找到");
        page.locator("#progress-credit-code input").fill((String) c.get("credit_code"));
        page.locator("#progress-search").click();
        assertThat(page.locator("#progress-result")).containsText("医养合作协议");
        assertThat(page.locator("#progress-result")).containsText("合作医疗机构确认");
        assertThat(page.locator("#progress-result")).not().containsText("杨荣海");
    }
}
