package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Every step of the case in order: who, when, by when, with what outcome and comment. */
public class StepsTimeline extends Composite<Div> {

    public StepsTimeline(List<CaseView.Step> steps) {
        Div root = getContent();
        root.addClassName("timeline");
        if (steps.isEmpty()) {
            root.add(new Span(Texts.t("case.steps.none")));
        }
        for (CaseView.Step s : steps) {
            Div item = new Div();
            item.addClassNames("timeline-item", s.endedAt() == null ? "open" : "ended");
            Div head = new Div(new Span(s.name()));
            head.addClassName("timeline-head");
            if (s.endedAt() == null) {
                head.add(Badges.warning(s.warning()));
            } else if (s.outcome() != null) {
                head.add(Badges.of(Texts.outcome(s.outcome()), "badge contrast"));
            }
            item.add(head);
            item.add(line("case.step.assignee", s.assignee() == null
                    ? Texts.t("case.step.group", Texts.group(s.candidateGroup())) : s.assignee()));
            item.add(line("case.step.started", Texts.format(s.startedAt())));
            if (s.due() != null) {
                item.add(line("case.step.due", Texts.format(s.due())));
            }
            if (s.endedAt() != null) {
                item.add(line("case.step.ended", Texts.format(s.endedAt())));
            }
            if (s.comment() != null && !s.comment().isBlank()) {
                item.add(line("case.step.comment", s.comment()));
            }
            root.add(item);
        }
    }

    private static Div line(String key, String value) {
        Div d = new Div(new Span(Texts.t(key) + "："), new Span(value));
        d.addClassName("timeline-line");
        return d;
    }
}
