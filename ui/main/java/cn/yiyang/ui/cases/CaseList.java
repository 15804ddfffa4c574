package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSummary;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.XlsxDownload;
import cn.yiyang.reporting.ListColumns;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A paged list of the cases the caller may see, with filters; a click opens the case view. */
public class CaseList extends Composite<VerticalLayout> {

    private final ComboBox<Matter> matter = new ComboBox<>(Texts.t("filter.matter"), Matter.values());
    private final ComboBox<CaseStatus> status = new ComboBox<>(Texts.t("filter.status"), CaseStatus.values());
    private final ComboBox<Warning> warning = new ComboBox<>(Texts.t("filter.warning"), Warning.values());
    private final TextField q = new TextField(Texts.t("filter.q"));
    final Grid<CaseSummary> grid = new Grid<>();

    public CaseList(CaseService cases) {
        CurrentUser user = CurrentUsers.require();
        matter.setItemLabelGenerator(m -> Texts.label("matter", m, m.label()));
        status.setItemLabelGenerator(s -> Texts.label("status", s, s.label()));
        warning.setItemLabelGenerator(w -> Texts.label("warning", w, w.label()));
        q.setPlaceholder(Texts.t("filter.q.placeholder"));
        q.setValueChangeMode(ValueChangeMode.LAZY);
        // the grid and the export read the same service call with the same filters: the file holds the rows shown
        java.util.function.Function<cn.yiyang.shared.PageRequest, cn.yiyang.shared.PageResult<CaseSummary>> rows =
                page -> cases.list(user, matter.getValue(), status.getValue(), warning.getValue(), q.getValue(), page);
        FlexLayout bar = new FlexLayout(matter, status, warning, q,
                XlsxDownload.link("案件", "案件", ListColumns.CASES, rows));
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (var field : java.util.List.of(matter, status, warning)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        q.setClearButtonVisible(true);
        q.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("case-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseSummary::caseNo).setHeader(Texts.t("col.caseNo")).setKey("caseNo").setAutoWidth(true);
        grid.addColumn(c -> Texts.label("matter", c.matter(), c.matterLabel())).setHeader(Texts.t("col.matter"));
        grid.addColumn(CaseSummary::applicantName).setHeader(Texts.t("col.applicant"));
        grid.addColumn(c -> Texts.label("status", c.status(), c.statusLabel())).setHeader(Texts.t("col.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(CaseSummary::currentStep).setHeader(Texts.t("col.step"));
        grid.addColumn(c -> c.deadline() == null ? "" : Texts.format(c.deadline().due()))
                .setHeader(Texts.t("col.due")).setAutoWidth(true);
        grid.addComponentColumn(c -> c.deadline() == null ? new com.vaadin.flow.component.html.Span()
                : Badges.warning(c.deadline().warning())).setHeader(Texts.t("col.warning")).setAutoWidth(true);
        grid.addColumn(c -> Texts.format(c.submittedAt())).setHeader(Texts.t("col.submitted")).setAutoWidth(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseNo())));
        grid.setSizeFull();
        Paging.lazy(grid, rows::apply);
        getContent().add(bar, grid);
        getContent().setPadding(false);
        getContent().setSizeFull();
    }
}
