package cn.yiyang.ui.publicsite;

import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.CaseViews.PublicProgress;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 办件进度查询 (public, no login): the case number and the applicant's credit code together show the status and the
 * steps with their dates; a wrong pair shows the same "not found" whether the case exists or not.
 */
@Route("public/progress")
@PageTitle("办件进度查询")
@AnonymousAllowed
public class PublicProgressView extends VerticalLayout {

    private final Div result = new Div();

    public PublicProgressView(CaseViews views) {
        addClassName("public-page");
        TextField caseNo = new TextField(getTranslation("public.progress.caseNo"));
        caseNo.setId("progress-case-no");
        caseNo.setPlaceholder("NSBA-533103-2026-000001");
        TextField creditCode = new TextField(getTranslation("public.progress.creditCode"));
        creditCode.setId("progress-credit-code");
        creditCode.setMaxLength(18);
        for (TextField f : new TextField[] {caseNo, creditCode}) {
            f.setWidth("min(100%, 24em)");
            f.setRequired(true);
        }
        Button search = new Button(getTranslation("public.progress.search"), e -> show(views,
                caseNo.getValue().strip(), creditCode.getValue().strip().toUpperCase()));
        search.setId("progress-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("progress-result");
        add(new H2(getTranslation("public.progress.title")), caseNo, creditCode, search, result);
    }

    private void show(CaseViews views, String caseNo, String creditCode) {
        result.removeAll();
        PublicProgress p;
        try {
            p = views.publicProgress(caseNo, creditCode);
        } catch (NotFoundException e) {
            result.add(new Paragraph(getTranslation("public.progress.notFound")));
            return;
        }
        result.add(line("public.progress.matter", p.matter()), line("public.progress.status", p.status()),
                line("public.progress.submitted", Texts.format(p.submittedAt())));
        UnorderedList steps = new UnorderedList();
        p.milestones().forEach(m -> steps.add(new ListItem(m.name() + "：" + Texts.format(m.startedAt())
                + (m.endedAt() == null ? "（办理中）" : " — " + Texts.format(m.endedAt())))));
        result.add(new Paragraph(getTranslation("public.progress.milestones")), steps);
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(new Span(getTranslation(key) + "："), new Span(value == null ? "" : value));
    }
}
