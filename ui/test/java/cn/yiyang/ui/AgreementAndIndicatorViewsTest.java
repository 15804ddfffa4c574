package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.agreement.Agreement;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.support.IntegrationTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The agreement register and the indicator table as their users see them (Karibu, no browser). */
@IntegrationTest
class AgreementAndIndicatorViewsTest {

    @Autowired ApplicationContext ctx;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> open(String username, String route, String gridId) {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, username);
        UI.getCurrent().navigate(route);
        return _get(Grid.class, spec -> spec.withId(gridId));
    }

    @Test
    void civil_sees_the_countys_agreements_and_an_applicant_only_its_own_with_the_filing_button() {
        Grid<Agreement> county = open("civil1", "agreements", "agreement-grid");
        assertThat(GridKt._size(county)).isGreaterThan(10); // the demo county's year of agreements
        _assertNone(Button.class, spec -> spec.withId("agreement-new"));
        KaribuSupport.stop();

        Grid<Agreement> own = open("applicant1", "agreements", "agreement-grid");
        assertThat(IntStream.range(0, GridKt._size(own)).mapToObj(i -> GridKt._get(own, i)))
                .isNotEmpty().allMatch(a -> a.institutionName().equals("芒市中心敬老院")
                        || a.partnerName().equals("芒市中心敬老院"));
        _click(_get(Button.class, spec -> spec.withId("agreement-new")));
        assertThat(_get(Dialog.class).isOpened()).isTrue();
    }

    @Test
    void supervisor_sees_every_indicator_with_its_target_and_source() {
        Grid<IndicatorResult> grid = open("supervisor1", "indicators", "indicator-grid");
        assertThat(GridKt._size(grid)).isEqualTo(9);
        IndicatorResult coverage = IntStream.range(0, 9).mapToObj(i -> GridKt._get(grid, i))
                .filter(r -> r.code().equals("AGREEMENT_COVERAGE")).findFirst().orElseThrow();
        assertThat(coverage.target()).isEqualByComparingTo("100");
        assertThat(coverage.actual()).isNotNull();
        assertThat(coverage.source()).startsWith("系统计算");
    }
}
