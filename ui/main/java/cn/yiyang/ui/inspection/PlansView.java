package cn.yiyang.ui.inspection;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;

/**
 * 抽查计划: the region's plans, newest first, with their approval and draw state; each links to its draw screen (the
 * record and the inspections it opened). A SUPERVISOR starts a new plan from here.
 */
@Route("inspection/plans")
@RolesAllowed({"SUPERVISOR", "LEADER", "INSPECTOR", "ADMIN"})
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InspectionPlan> grid = new Grid<>();

    public PlansView(InspectionService inspections) {
        CurrentUser user = CurrentUsers.require();
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("plans.title")));
        top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (user.has(Role.SUPERVISOR)) {
            Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PlanEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("plan-new");
            top.add(create);
        }
        grid.setId("plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InspectionPlan::caseNo).setHeader(getTranslation("plans.caseNo")).setAutoWidth(true);
        grid.addColumn(InspectionPlan::name).setHeader(getTranslation("plans.name")).setFlexGrow(2);
        grid.addColumn(p -> Texts.label("department", p.department(), p.department()))
                .setHeader(getTranslation("plans.department")).setAutoWidth(true);
        grid.addColumn(p -> Texts.format(p.periodStart()) + " ~ " + Texts.format(p.periodEnd()))
                .setHeader(getTranslation("plans.period")).setAutoWidth(true);
        grid.addColumn(p -> p.proportion().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                + "% · " + getTranslation("plans.perTarget", p.inspectorsPerTarget()))
                .setHeader(getTranslation("plans.scope")).setAutoWidth(true);
        grid.addComponentColumn(p -> Badges.of(p.publishedAt() != null ? getTranslation("plans.status.PUBLISHED")
                        : getTranslation("plans.status." + p.status()),
                p.publishedAt() != null ? "badge success" : "REFUSED".equals(p.status()) ? "badge error" : "badge"))
                .setHeader(getTranslation("plans.status")).setAutoWidth(true);
        grid.addComponentColumn(p -> {
            RouterLink link = new RouterLink(getTranslation(p.drawId() == null && user.has(Role.SUPERVISOR)
                    && InspectionPlan.APPROVED.equals(p.status()) ? "plans.draw" : "plans.open"), DrawView.class,
                    new RouteParameters("planId", String.valueOf(p.id())));
            link.addClassName("plan-link");
            return link;
        }).setHeader(getTranslation("plans.actions")).setAutoWidth(true);
        Paging.lazy(grid, page -> inspections.plans(user, page));
        add(top, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " · " + getTranslation("app.title");
    }
}
