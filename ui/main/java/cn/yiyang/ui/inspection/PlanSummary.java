package cn.yiyang.ui.inspection;

import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** A plan on its own case: scope, the draw, and each target's result (what the LEADER publishes). */
public class PlanSummary extends Composite<Div> {

    public PlanSummary(InspectionPlan plan, List<Inspection> inspections) {
        Div root = getContent();
        root.addClassNames("case-section", "plan-summary");
        root.setId("plan-summary");
        root.add(new H3(Texts.t("plans.inspections")));
        root.add(new Paragraph(plan.name() + " · " + Texts.format(plan.periodStart()) + " ~ "
                + Texts.format(plan.periodEnd())));
        if (plan.drawId() != null) {
            root.add(new RouterLink(Texts.t("plans.open"), DrawView.class,
                    new RouteParameters("planId", String.valueOf(plan.id()))));
        }
        Grid<Inspection> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("plan-results");
        grid.addColumn(Inspection::caseNo).setHeader(Texts.t("plans.caseNo")).setAutoWidth(true);
        grid.addColumn(Inspection::institutionName).setHeader(Texts.t("draw.target"));
        grid.addColumn(i -> i.result() == null ? Texts.t("inspection.unsigned") : Texts.t("inspection.outcome." + i.result()))
                .setHeader(Texts.t("inspection.result"));
        grid.setItems(inspections);
        root.add(grid);
    }
}
