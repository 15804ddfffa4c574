package cn.yiyang.ui.reporting;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService;
import cn.yiyang.reporting.IndicatorValueForm;
import cn.yiyang.reporting.TargetForm;
import cn.yiyang.reporting.Xlsx;
import cn.yiyang.shared.PageResult;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.WriteButtons;
import cn.yiyang.ui.support.XlsxDownload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

/**
 * 目标任务表与指标填报: the indicators of a year and township against their targets (exportable); the responsible
 * department enters this quarter's value with its source; the ADMIN or SUPERVISOR sets targets.
 */
@Route("indicators")
@PageTitle("目标任务与指标")
@PermitAll
public class IndicatorsView extends VerticalLayout {

    static final List<Xlsx.Column<IndicatorResult>> COLUMNS = List.of(Xlsx.col("指标", IndicatorResult::name),
            Xlsx.col("目标值", IndicatorResult::target), Xlsx.col("实际值", IndicatorResult::actual),
            Xlsx.col("单位", IndicatorResult::unit), Xlsx.col("是否滞后", IndicatorResult::behind),
            Xlsx.col("数据来源", IndicatorResult::source), Xlsx.col("责任单位", IndicatorResult::department));

    private final IndicatorService indicators;
    private final CurrentUser user;
    private final Grid<IndicatorResult> grid = new Grid<>();
    private final ComboBox<String> township = new ComboBox<>();
    private final int year = LocalDate.now().getYear();

    public IndicatorsView(IndicatorService indicators, InstitutionService institutions) {
        this.indicators = indicators;
        this.user = CurrentUsers.require();
        List<String> townships = institutions.townships(user.regionCode());
        township.setLabel(getTranslation("dashboard.township"));
        township.setItems(townships);
        township.setPlaceholder(getTranslation("dashboard.county"));
        township.setClearButtonVisible(true);
        township.addValueChangeListener(e -> refresh());
        grid.setId("indicator-grid");
        grid.addColumn(IndicatorResult::name).setHeader(getTranslation("indicators.name")).setAutoWidth(true);
        grid.addColumn(r -> r.target() == null ? "" : r.target().stripTrailingZeros().toPlainString() + r.unit())
                .setHeader(getTranslation("indicators.target"));
        grid.addColumn(r -> r.actual() == null ? "" : r.actual().stripTrailingZeros().toPlainString() + r.unit())
                .setHeader(getTranslation("indicators.actual"));
        grid.addComponentColumn(r -> r.actual() == null ? Badges.of(getTranslation("indicators.noData"), "badge")
                : r.behind() ? Badges.of(getTranslation("indicators.behind"), "badge error")
                : Badges.of(getTranslation("indicators.onTrack"), "badge success"));
        grid.addColumn(IndicatorResult::source).setHeader(getTranslation("indicators.source")).setAutoWidth(true);
        grid.addColumn(IndicatorResult::department).setHeader(getTranslation("indicators.department"));
        grid.setAllRowsVisible(true);
        HorizontalLayout bar = new HorizontalLayout(township, XlsxDownload.link("指标完成情况", "指标", COLUMNS, p -> {
            List<IndicatorResult> rows = p.page() == 0 ? indicators.indicators(user, year, township.getValue()) : List.of();
            return new PageResult<>(rows, p.page(), p.size(), rows.size());
        }));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        add(new H2(getTranslation("indicators.title") + " · " + year), bar, grid, entryForm(townships));
        refresh();
    }

    private void refresh() {
        grid.setItems(indicators.indicators(user, year, township.getValue()));
    }

    /** One form for both: a value of an entered indicator for this quarter, or (ADMIN/SUPERVISOR) a target. */
    private VerticalLayout entryForm(List<String> townships) {
        ComboBox<String> code = new ComboBox<>(getTranslation("indicators.name"));
        code.setItems(indicators.names().keySet());
        code.setItemLabelGenerator(indicators.names()::get);
        code.setId("indicator-code");
        code.setWidth("22em");
        ComboBox<String> place = new ComboBox<>(getTranslation("dashboard.township"), townships);
        place.setPlaceholder(getTranslation("dashboard.county"));
        place.setClearButtonVisible(true);
        BigDecimalField value = new BigDecimalField(getTranslation("indicators.value"));
        value.setId("indicator-value");
        TextField source = new TextField(getTranslation("indicators.source"));
        source.setId("indicator-source");
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        Button enter = new Button(getTranslation("indicators.enter"), e -> {
            if (Problems.attempt(() -> indicators.enter(user, code.getValue(), new IndicatorValueForm(year, quarter,
                    place.getValue(), value.getValue(), source.getValue())))) {
                Problems.success(getTranslation("indicators.saved"));
                refresh();
            }
        });
        enter.setId("indicator-enter");
        WriteButtons.guard(enter);
        HorizontalLayout row = new HorizontalLayout(code, place, value, source, enter);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (user.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            TextField department = new TextField(getTranslation("indicators.department"), "HEALTH", "");
            department.setWidth("8em");
            row.add(department);
            Button target = new Button(getTranslation("indicators.setTarget"), e -> {
                if (Problems.attempt(() -> indicators.setTarget(user, new TargetForm(code.getValue(), year,
                        place.getValue(), value.getValue(), department.getValue(), null, null)))) {
                    Problems.success(getTranslation("indicators.saved"));
                    refresh();
                }
            });
            row.add(WriteButtons.guard(target));
        }
        return new VerticalLayout(new H3(getTranslation("indicators.enter")), row);
    }
}
