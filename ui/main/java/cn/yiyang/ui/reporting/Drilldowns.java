package cn.yiyang.ui.reporting;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.reporting.DashboardReport;
import cn.yiyang.reporting.DashboardService;
import cn.yiyang.reporting.DashboardService.LateCase;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService;
import cn.yiyang.reporting.InstitutionCoverage;
import cn.yiyang.reporting.IndicatorService.EnteredValue;
import cn.yiyang.reporting.LateItem;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;

/** The lists behind the dashboard's numbers, each in a dialog: institutions behind a coverage, cases behind a bar. */
final class Drilldowns {

    private static final Set<String> COVERAGE = Set.of("MEDICAL_SERVICE_SHARE", "AGREEMENT_COVERAGE");

    private Drilldowns() {
    }

    /** A township's bar of the focused indicator: the same list as its card, for that township. */
    static void township(IndicatorService indicators, CurrentUser user, String code, int year, String township) {
        if (COVERAGE.contains(code)) {
            coverage(indicators, user, township);
        } else if (IndicatorService.WITH_LATE_ITEMS.contains(code)) {
            late(indicators, user, code, indicators.names().get(code), year, township, null);
        }
    }

    /**
     * An indicator's card: for coverage the institutions; for the on-time indicators the late cases, rectifications
     * or publications; for the entered ones the quarters' values with their source.
     */
    static void indicator(IndicatorService indicators, CurrentUser user, IndicatorResult r, int year,
                          String township) {
        if (COVERAGE.contains(r.code())) {
            coverage(indicators, user, township);
        } else if (IndicatorService.WITH_LATE_ITEMS.contains(r.code())) {
            late(indicators, user, r.code(), r.name(), year, township,
                    Texts.t("dashboard.ratio", r.numerator(), r.denominator(), r.source()));
        } else {
            entered(indicators, user, r, year, township);
        }
    }

    static void late(IndicatorService indicators, CurrentUser user, String code, String name, int year,
                     String township, String figure) {
        Grid<LateItem> grid = new Grid<>();
        grid.setId("drill-late");
        grid.addComponentColumn(c -> new RouterLink(c.caseNo(), cn.yiyang.ui.cases.CaseDetailView.class,
                new RouteParameters("caseNo", c.caseNo()))).setHeader(Texts.t("dashboard.caseNo")).setAutoWidth(true);
        grid.addColumn(LateItem::applicantName).setHeader(Texts.t("dashboard.applicant")).setAutoWidth(true);
        grid.addColumn(LateItem::title).setHeader(Texts.t("dashboard.late.subject"));
        grid.addColumn(LateItem::township).setHeader(Texts.t("dashboard.township")).setAutoWidth(true);
        grid.addComponentColumn(c -> Badges.of(Texts.format(c.due()), "badge error"))
                .setHeader(Texts.t("dashboard.due")).setAutoWidth(true);
        grid.addColumn(c -> c.doneAt() == null ? Texts.t("dashboard.late.open") : Texts.format(c.doneAt()))
                .setHeader(Texts.t("dashboard.late.doneAt")).setAutoWidth(true);
        grid.setEmptyStateText(Texts.t("dashboard.late.none"));
        Paging.lazy(grid, p -> indicators.lateItems(user, code, year, township, p));
        Dialog dialog = dialog((township == null ? Texts.t("dashboard.county") : township) + " · "
                + Texts.t("dashboard.late.title", name));
        if (figure != null) {
            dialog.add(new Paragraph(figure));
        }
        dialog.add(grid);
        dialog.open();
    }

    static void entered(IndicatorService indicators, CurrentUser user, IndicatorResult r, int year, String township) {
        String place = township == null ? IndicatorService.COUNTY : township;
        Grid<EnteredValue> grid = new Grid<>();
        grid.setId("drill-entered");
        grid.addColumn(v -> v.year() + "Q" + v.quarter()).setHeader(Texts.t("dashboard.entered.quarter"));
        grid.addColumn(v -> v.value().stripTrailingZeros().toPlainString() + r.unit())
                .setHeader(Texts.t("dashboard.entered.value"));
        grid.addColumn(EnteredValue::source).setHeader(Texts.t("dashboard.entered.source")).setAutoWidth(true);
        grid.addColumn(EnteredValue::enteredBy).setHeader(Texts.t("dashboard.entered.by")).setAutoWidth(true);
        grid.setItems(indicators.enteredValues(user, year).stream()
                .filter(v -> v.indicatorCode().equals(r.code()) && v.township().equals(place)).toList());
        Dialog dialog = dialog((township == null ? Texts.t("dashboard.county") : township) + " · "
                + Texts.t("dashboard.entered.title", r.name()));
        dialog.add(new Paragraph(Texts.t("dashboard.entered", r.source())), grid);
        dialog.open();
    }

    static void coverage(IndicatorService indicators, CurrentUser user, String township) {
        Grid<InstitutionCoverage> grid = new Grid<>();
        grid.setId("drill-coverage");
        grid.addColumn(InstitutionCoverage::name).setHeader(Texts.t("dashboard.institution")).setAutoWidth(true);
        grid.addColumn(InstitutionCoverage::township).setHeader(Texts.t("dashboard.township")).setAutoWidth(true);
        grid.addComponentColumn(c -> c.internalMedical() ? Badges.of(Texts.t("dashboard.internal"), "badge success")
                : c.partners() != null ? Badges.of(Texts.t("dashboard.agreement"), "badge success")
                : Badges.of(Texts.t("dashboard.uncovered"), "badge error")).setHeader(Texts.t("dashboard.provision"));
        grid.addColumn(c -> c.partners() == null ? "" : c.partners() + "（至 " + Texts.format(c.validUntil()) + "）")
                .setHeader(Texts.t("dashboard.partners")).setAutoWidth(true);
        grid.setItems(indicators.coverageDetail(user, township));
        Dialog dialog = dialog((township == null ? Texts.t("dashboard.county") : township) + " · "
                + Texts.t("dashboard.provision"));
        dialog.add(grid);
        dialog.open();
    }

    static void department(DashboardService dashboard, CurrentUser user, String department) {
        Grid<LateCase> grid = new Grid<>();
        grid.setId("drill-cases");
        grid.addComponentColumn(c -> new RouterLink(c.caseNo(), cn.yiyang.ui.cases.CaseDetailView.class,
                new RouteParameters("caseNo", c.caseNo()))).setHeader(Texts.t("dashboard.caseNo")).setAutoWidth(true);
        grid.addColumn(LateCase::applicantName).setHeader(Texts.t("dashboard.applicant")).setAutoWidth(true);
        grid.addColumn(LateCase::stepName).setHeader(Texts.t("dashboard.step")).setAutoWidth(true);
        grid.addComponentColumn(c -> Badges.of(Texts.format(c.due()), c.red() ? "badge error" : "badge"))
                .setHeader(Texts.t("dashboard.due"));
        Paging.lazy(grid, p -> dashboard.lateCases(user, department, p));
        Dialog dialog = dialog(DashboardReport.department(department) + " · " + Texts.t("dashboard.workload"));
        dialog.add(grid);
        dialog.open();
    }

    private static Dialog dialog(String title) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(900px, 95vw)");
        dialog.getFooter().add(new Button(Texts.t("dashboard.close"), e -> dialog.close()));
        return dialog;
    }
}
