package cn.yiyang.ui.inspection;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.ui.cases.CaseDetailView;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 双随机 screen of a plan: a SUPERVISOR runs the draw with a seed once the plan is approved; then everyone who may see
 * the plan sees the record (seed, population, pool, targets with their inspectors, withdrawals with reasons, SHA-256).
 */
@Route("inspection/plans/:planId/draw")
@RolesAllowed({"SUPERVISOR", "LEADER", "INSPECTOR", "ADMIN"})
public class DrawView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InspectionService inspections;
    private final CurrentUser user = CurrentUsers.require();
    final Div record = new Div();
    final TextField seed = new TextField();
    final Button run = new Button();
    private long planId;

    public DrawView(InspectionService inspections) {
        this.inspections = inspections;
        record.setId("draw-record");
        seed.setLabel(getTranslation("draw.seed"));
        seed.setId("draw-seed");
        run.setText(getTranslation("draw.run"));
        run.setId("draw-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runDraw());
        WriteButtons.guard(run);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElse(0L);
        removeAll();
        InspectionPlan plan;
        try {
            plan = inspections.plan(user, planId);
        } catch (RuntimeException e) {
            Problems.show(e);
            return;
        }
        add(new H2(plan.name()), new Paragraph(getTranslation("draw.plan", plan.caseNo(), plan.proportion(),
                plan.inspectorsPerTarget(), plan.status())));
        if (plan.drawId() == null && user.has(Role.SUPERVISOR)) {
            seed.setValue(String.valueOf(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)));
            add(new HorizontalLayout(seed, run));
        }
        add(record);
        if (plan.drawId() != null) {
            show(inspections.drawRecord(user, plan.drawId()));
        }
    }

    /** The inspections the draw opened, each linking to its case (checklist, signatures, rectification). */
    private void showInspections() {
        Grid<Inspection> grid = new Grid<>();
        grid.setId("plan-inspections");
        grid.addComponentColumn(i -> new RouterLink(i.caseNo(), CaseDetailView.class,
                new RouteParameters("caseNo", i.caseNo()))).setHeader(getTranslation("plans.caseNo")).setAutoWidth(true);
        grid.addColumn(Inspection::institutionName).setHeader(getTranslation("draw.target"));
        grid.addColumn(i -> Texts.label("status", i.status(), i.status())).setHeader(getTranslation("plans.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.result() == null ? "" : getTranslation("inspection.outcome." + i.result()))
                .setHeader(getTranslation("inspection.result")).setAutoWidth(true);
        grid.setItems(inspections.inspections(user, planId));
        grid.setAllRowsVisible(true);
        record.add(new H3(getTranslation("plans.inspections")), grid);
    }

    private void runDraw() {
        long value;
        try {
            value = Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            seed.setInvalid(true);
            seed.setErrorMessage(getTranslation("draw.seed.invalid"));
            return;
        }
        DrawRecord[] drawn = new DrawRecord[1];
        if (Problems.attempt(() -> drawn[0] = inspections.draw(user, planId, value))) {
            run.setEnabled(false);
            seed.setReadOnly(true);
            show(drawn[0]);
        }
    }

    private void show(DrawRecord r) {
        record.removeAll();
        record.add(new Paragraph(getTranslation("draw.summary", r.seed(), r.population(), r.targets().size(),
                r.pool().size(), r.drawnAt())));
        record.add(r.intact() ? Badges.of(getTranslation("draw.intact"), "badge success")
                : Badges.of(getTranslation("draw.broken"), "badge error"));
        record.add(new Paragraph("SHA-256 " + r.sha256()));
        Grid<DrawRecord.TargetView> targets = new Grid<>();
        targets.setId("draw-targets");
        targets.addColumn(DrawRecord.TargetView::institutionName).setHeader(getTranslation("draw.target"));
        targets.addColumn(t -> String.join("、", t.inspectorNames())).setHeader(getTranslation("draw.inspectors"));
        targets.setItems(r.targets());
        targets.setAllRowsVisible(true);
        Grid<DrawRecord.ExclusionView> exclusions = new Grid<>();
        exclusions.setId("draw-exclusions");
        exclusions.addColumn(DrawRecord.ExclusionView::inspectorName).setHeader(getTranslation("draw.inspector"));
        exclusions.addColumn(DrawRecord.ExclusionView::institutionId).setHeader(getTranslation("draw.institution"));
        exclusions.addColumn(DrawRecord.ExclusionView::reasonLabel).setHeader(getTranslation("draw.reason"));
        exclusions.setItems(r.exclusions());
        exclusions.setAllRowsVisible(true);
        record.add(new H3(getTranslation("draw.targets")), targets, new H3(getTranslation("draw.exclusions")),
                exclusions);
        showInspections();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draw.title") + " · " + getTranslation("app.title");
    }
}
