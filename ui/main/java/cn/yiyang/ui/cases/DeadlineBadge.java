package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.Deadline;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;

/**
 * The statutory clock: due date, working days left, warning, paused / provisional, every pause (e.g. the on-site
 * verification excluded by 行政许可法 Art. 45) and, for a case, the whole limit and every extension (Art. 42).
 */
public class DeadlineBadge extends Composite<Div> {

    public DeadlineBadge(CaseView view) {
        this(view.deadline(), view.pauses());
        Div root = getContent();
        if (view.deadline() != null && view.deadline().limitWorkingDays() != null) {
            Span limit = new Span(Texts.t("deadline.limit", view.deadline().limitWorkingDays()));
            limit.addClassName("deadline-limit");
            root.add(limit);
        }
        view.steps().stream().filter(s -> "EXTEND".equals(s.outcome())).forEach(s -> {
            Div extension = new Div();
            extension.addClassName("extension");
            extension.setText(Texts.t("deadline.extended", s.endedAt() == null ? "" : Texts.format(s.endedAt()),
                    s.comment() == null ? "" : s.comment()));
            root.add(extension);
        });
    }

    public DeadlineBadge(Deadline deadline, List<CaseView.Pause> pauses) {
        Div root = getContent();
        root.addClassName("deadline");
        FlexLayout line = new FlexLayout();
        line.addClassName("deadline-line");
        if (deadline == null || deadline.due() == null) {
            line.add(new Span(Texts.t("deadline.none")));
        } else {
            line.add(new Span(Texts.t("deadline.due", Texts.format(deadline.due()))));
            line.add(new Span(deadline.workingDaysLeft() >= 0
                    ? Texts.t("deadline.left", deadline.workingDaysLeft())
                    : Texts.t("deadline.overdue", -deadline.workingDaysLeft())));
            line.add(Badges.warning(deadline.warning()));
            if (deadline.paused()) {
                line.add(Badges.of(Texts.t("deadline.paused"), "badge contrast"));
            }
            if (deadline.provisional()) {
                Span provisional = Badges.of(Texts.t("deadline.provisional"), "badge");
                provisional.setTitle(Texts.t("deadline.provisional.hint"));
                line.add(provisional);
            }
        }
        root.add(line);
        if (pauses != null && !pauses.isEmpty()) {
            Div list = new Div();
            list.addClassName("pauses");
            for (CaseView.Pause p : pauses) {
                Div row = new Div();
                row.setText(Texts.t("deadline.pause", Texts.label("pause", p.kind(), p.kind()),
                        p.reason() == null ? "" : p.reason(), Texts.format(p.startedAt()),
                        p.endedAt() == null ? Texts.t("deadline.pause.open") : Texts.format(p.endedAt())));
                list.add(row);
            }
            root.add(list);
        }
    }
}
