package cn.yiyang.ui.inspection;

import cn.yiyang.inspection.ChecklistView;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;

/**
 * The inspection record as it stands: plan, the two inspectors and their signatures, each item's answer with its
 * finding and photos, and the rectification round with its evidence — what the second inspector signs and the
 * verifier checks against.
 */
public class ChecklistSummary extends Composite<Div> {

    public ChecklistSummary(ChecklistView c) {
        Div root = getContent();
        root.addClassNames("case-section", "inspection-record");
        root.setId("inspection-record");
        root.add(new H3(Texts.t("inspection.record")));
        root.add(new Paragraph(Texts.t("inspection.record.plan", c.planName(), c.planCaseNo())));
        root.add(new Paragraph(Texts.t("inspection.record.inspectors", c.inspectorAName(),
                Texts.t(c.signedA() ? "inspection.signed" : "inspection.unsigned"), c.inspectorBName(),
                Texts.t(c.signedB() ? "inspection.signed" : "inspection.unsigned"))));
        if (c.result() != null) {
            root.add(Badges.of(Texts.t("inspection.outcome." + c.result()),
                    "PASS".equals(c.result()) || "RECTIFIED".equals(c.result()) ? "badge success" : "badge error"));
        }
        Grid<ChecklistView.Line> lines = new Grid<>();
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAllRowsVisible(true);
        lines.setId("inspection-answers");
        lines.addColumn(ChecklistView.Line::name).setHeader(Texts.t("inspection.item")).setFlexGrow(2);
        lines.addComponentColumn(l -> l.result() == null ? new Div() : Badges.of(Texts.t("inspection.result." + l.result()),
                "FAIL".equals(l.result()) ? "badge error" : "PASS".equals(l.result()) ? "badge success" : "badge"))
                .setHeader(Texts.t("inspection.result")).setAutoWidth(true);
        lines.addColumn(l -> l.note() == null ? "" : l.note()).setHeader(Texts.t("inspection.note")).setFlexGrow(2);
        lines.addColumn(l -> l.photos().stream().map(p -> p.fileName()).collect(Collectors.joining("、")))
                .setHeader(Texts.t("inspection.photos"));
        lines.setItems(c.lines());
        root.add(lines);
        if (c.rectifyRound() > 0) {
            root.add(new Paragraph(Texts.t("inspection.record.rectify", c.rectifyRound(),
                    c.dueDate() == null ? "" : Texts.format(c.dueDate()), c.evidence().size())));
        }
    }
}
