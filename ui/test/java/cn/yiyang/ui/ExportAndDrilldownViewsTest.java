package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseSummary;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.PublishedResult;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService;
import cn.yiyang.reporting.LateItem;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The lists' "导出 Excel" buttons hold exactly the rows the filtered grid shows (read back cell by cell), and every
 * dashboard card drills down to the list behind its figure (Karibu, no browser).
 */
@IntegrationTest
class ExportAndDrilldownViewsTest {

    @Autowired ApplicationContext ctx;
    @Autowired InstitutionService institutions;
    @Autowired InspectionService inspections;
    @Autowired IndicatorService indicators;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    private void open(String username, String route) {
        KaribuSupport.start(ctx);
        if (username != null) {
            KaribuSupport.login(ctx, username);
        }
        UI.getCurrent().navigate(route);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** The view's export as the browser would download it: the header row, then one list of cells per row. */
    private static List<List<String>> exported() throws Exception {
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("export-xlsx"));
        StreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResource.class, URI.create(link.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.getWriter().accept(out, VaadinSession.getCurrent());
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row r : wb.getFirstSheet().read()) {
                rows.add(IntStream.range(0, r.getCellCount()).mapToObj(i -> r.getCellText(i)).toList());
            }
        }
        return rows;
    }

    private static <T> void assertSameRows(List<List<String>> sheet, String header, List<T> grid,
                                           Function<T, String> key) {
        int col = sheet.get(0).indexOf(header);
        assertThat(col).as("column " + header).isNotNegative();
        assertThat(grid).as("the filtered grid has rows").isNotEmpty();
        assertThat(sheet.subList(1, sheet.size()).stream().map(r -> r.get(col)).toList())
                .containsExactlyElementsOf(grid.stream().map(key).toList());
    }

    private static String label(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_case_list_exports_exactly_its_filtered_rows() throws Exception {
        open("supervisor1", "cases");
        _get(ComboBox.class, spec -> spec.withLabel(label("filter.matter"))).setValue(Matter.CLINIC_FILING);
        List<CaseSummary> grid = rows("case-grid");
        assertThat(grid).allMatch(c -> c.matter() == Matter.CLINIC_FILING);
        List<List<String>> sheet = exported();
        assertThat(sheet.get(0)).startsWith("案件编号", "事项", "状态");
        assertSameRows(sheet, "案件编号", grid, CaseSummary::caseNo);
        assertThat(sheet.subList(1, sheet.size())).allMatch(r -> r.get(1).equals(Matter.CLINIC_FILING.label()));
    }

    @Test
    void the_inbox_exports_the_tasks_of_its_tab_and_filter() throws Exception {
        open("health1", "inbox");
        _get(Tabs.class, spec -> spec.withId("inbox-scope")).setSelectedIndex(2);
        List<TaskItem> grid = rows("inbox-grid");
        assertSameRows(exported(), "案件编号", grid, TaskItem::caseNo);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_registry_exports_the_institutions_of_the_chosen_township() throws Exception {
        open("admin", "institutions");
        String town = institutions.townships(users.get("admin").regionCode()).get(0);
        _get(ComboBox.class, spec -> spec.withLabel(label("institution.township"))).setValue(town);
        List<Institution> grid = rows("institution-grid");
        assertThat(grid).allMatch(i -> town.equals(i.township()));
        assertSameRows(exported(), "统一社会信用代码", grid, Institution::creditCode);
    }

    @Test
    void the_published_results_export_the_shown_years_results() throws Exception {
        open("supervisor1", "public/inspections");
        List<PublishedResult> shown = inspections.publishedResults(LocalDate.now().getYear());
        assertSameRows(exported(), "案件编号", shown, PublishedResult::caseNo);
    }

    private void clickCard(String code) {
        Div card = _get(Div.class, spec -> spec.withClasses("indicator-card").withAttribute("data-code", code));
        ComponentUtil.fireEvent(card, new ClickEvent<>(card));
    }

    @Test
    void each_on_time_card_lists_its_late_items_and_they_are_the_gap_of_its_figure() {
        open("supervisor1", "dashboard");
        int year = LocalDate.now().getYear();
        List<IndicatorResult> figures = indicators.indicators(users.get("supervisor1"), year, null);
        for (String code : List.of("CASES_ON_TIME", "RECTIFICATION_ON_TIME", "RESULTS_PUBLISHED_ON_TIME")) {
            IndicatorResult r = figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
            clickCard(code);
            List<LateItem> late = rows("drill-late");
            assertThat(late).as(code).hasSize((int) (r.denominator() - r.numerator()))
                    .allMatch(l -> l.doneAt() == null || l.doneAt().toLocalDate().isAfter(l.due()));
            KaribuSupport.stop();
            open("supervisor1", "dashboard");
        }
        List<LateItem> cases = indicators.lateItems(users.get("supervisor1"), "CASES_ON_TIME", year, null,
                new cn.yiyang.shared.PageRequest(0, 200)).items();
        assertThat(cases).as("the demo county has late cases to show").isNotEmpty();
    }

    @Test
    void an_entered_indicators_card_lists_the_quarters_values_with_their_source() {
        open("supervisor1", "dashboard");
        clickCard("FAMILY_DOCTOR_65");
        List<IndicatorService.EnteredValue> values = rows("drill-entered");
        assertThat(values).isNotEmpty().allMatch(v -> v.indicatorCode().equals("FAMILY_DOCTOR_65")
                && v.township().isEmpty() && !v.source().isBlank());
    }
}
