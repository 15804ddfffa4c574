package cn.yiyang.ui.reporting;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.reporting.DashboardReport;
import cn.yiyang.reporting.DashboardService;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService;
import cn.yiyang.shared.AccessDeniedProblem;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 驾驶舱 for the leading group's office and the leaders: every indicator against its target (red where behind), one
 * indicator by township and over the quarters, the overdue and nearly due steps by department; a click on a number
 * opens the list behind it; the whole as Excel or as a PDF for the meeting.
 */
@Route("dashboard")
@PageTitle("医养结合驾驶舱")
@PermitAll
public class DashboardView extends VerticalLayout {

    private final IndicatorService indicators;
    private final DashboardService dashboard;
    private final CurrentUser user;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<String> township = new ComboBox<>();
    private final ComboBox<String> focus = new ComboBox<>();
    private final FlexLayout cards = new FlexLayout();
    private final EChart overview = new EChart("chart-indicators");
    private final EChart byTownship = new EChart("chart-townships");
    private final EChart trend = new EChart("chart-trend");
    private final EChart workload = new EChart("chart-workload");
    private final Map<String, String> departments = new java.util.HashMap<>(); // chart label → department code

    public DashboardView(IndicatorService indicators, DashboardService dashboard, DashboardReport report,
                         InstitutionService institutions) {
        this.indicators = indicators;
        this.dashboard = dashboard;
        this.user = CurrentUsers.require();
        if (!DashboardService.mayView(user)) {
            throw new AccessDeniedProblem(getTranslation("dashboard.denied"));
        }
        int thisYear = LocalDate.now().getYear();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(List.of(thisYear, thisYear - 1, thisYear - 2));
        year.setValue(thisYear);
        township.setLabel(getTranslation("dashboard.township"));
        township.setItems(institutions.townships(user.regionCode()));
        township.setPlaceholder(getTranslation("dashboard.county"));
        township.setClearButtonVisible(true);
        Map<String, String> names = indicators.names();
        focus.setLabel(getTranslation("dashboard.focus"));
        focus.setItems(names.keySet());
        focus.setItemLabelGenerator(names::get);
        focus.setValue("AGREEMENT_COVERAGE");
        focus.setWidth("22em");
        Anchor pdf = new Anchor(new StreamResource("dashboard.pdf", () -> new ByteArrayInputStream(
                report.pdf(user, year.getValue(), township.getValue()))), getTranslation("dashboard.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("dashboard-pdf");
        HorizontalLayout bar = new HorizontalLayout(year, township, focus, pdf);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        cards.addClassName("indicator-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Div grid = new Div(panel("dashboard.overview", overview), panel("dashboard.byTownship", byTownship),
                panel("dashboard.trend", trend), panel("dashboard.workload", workload));
        grid.addClassName("dashboard-grid");
        add(new H2(getTranslation("dashboard.title")), bar, cards, grid);
        byTownship.onClick((name, series) -> Drilldowns.township(indicators, user, focus.getValue(), selectedYear(), name));
        workload.onClick((name, series) -> Drilldowns.department(dashboard, user, departments.getOrDefault(name, name)));
        year.addValueChangeListener(e -> refresh());
        township.addValueChangeListener(e -> refresh());
        focus.addValueChangeListener(e -> refresh());
        refresh();
    }

    private Div panel(String titleKey, EChart chart) {
        Div panel = new Div(new H3(getTranslation(titleKey)), chart);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    private int selectedYear() {
        return year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
    }

    private void refresh() {
        int y = selectedYear();
        List<IndicatorResult> results = indicators.indicators(user, y, township.getValue());
        cards.removeAll();
        results.forEach(r -> cards.add(card(r)));
        overview.setOption(Charts.indicators(results));
        String code = focus.getValue() == null ? "AGREEMENT_COVERAGE" : focus.getValue();
        String name = indicators.names().get(code);
        byTownship.setOption(Charts.townships(name, indicators.byTownship(user, code, y)));
        trend.setOption(Charts.trend(name, indicators.trend(user, code, township.getValue(), y)));
        var load = dashboard.overdueByDepartment(user);
        load.forEach(l -> departments.put(DashboardReport.department(l.department()), l.department()));
        workload.setOption(Charts.workload(load, DashboardReport::department));
    }

    private Div card(IndicatorResult r) {
        Span value = new Span(r.actual() == null ? "—" : r.actual().stripTrailingZeros().toPlainString() + r.unit());
        value.addClassName("indicator-value");
        Span target = new Span(r.target() == null ? getTranslation("dashboard.noTarget")
                : getTranslation("dashboard.target", r.target().stripTrailingZeros().toPlainString() + r.unit()));
        Div card = new Div(new Span(r.name()), value, target);
        card.addClassNames("indicator-card", r.behind() ? "behind" : "on-track");
        card.getElement().setAttribute("data-code", r.code());
        card.addClickListener(e -> Drilldowns.indicator(indicators, user, r, selectedYear(), township.getValue()));
        return card;
    }
}
