package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.SupplementNotices;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.ui.clinicfiling.MaterialsUploadPanel;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * What the applicant can do on its own case: continue a draft; while supplementing, see the one-time list, upload
 * the corrected materials and answer (the clock runs again); withdraw a case still in progress.
 */
class ApplicantActions extends Composite<Div> {

    /** The services the applicant's actions call. */
    @Component
    static class Services {
        final CaseSubmission submission;
        final MaterialService materials;
        final CaseService cases;
        final SupplementNotices supplements;

        Services(CaseSubmission submission, MaterialService materials, CaseService cases, SupplementNotices supplements) {
            this.submission = submission;
            this.materials = materials;
            this.cases = cases;
            this.supplements = supplements;
        }
    }

    ApplicantActions(CaseView view, Services services, CurrentUser user) {
        Div root = getContent();
        root.addClassName("applicant-actions");
        if (view.status() == CaseStatus.DRAFT) {
            root.add(new H3(Texts.t("applicant.continueDraft")), new cn.yiyang.ui.clinicfiling.UploadAndSubmitStep(
                    "applicant.draft", view.caseNo(), user, services.materials, services.cases, services.submission,
                    () -> root.getUI().ifPresent(ui -> ui.getPage().reload())));
            return;
        }
        if (view.status() == CaseStatus.SUPPLEMENTING) {
            root.add(new H3(Texts.t("applicant.supplement.title")));
            var items = services.supplements.ofCase(view.id());
            int round = items.stream().map(SupplementNotices.RequestedItem::round).max(Comparator.naturalOrder()).orElse(0);
            UnorderedList list = new UnorderedList();
            items.stream().filter(i -> i.round() == round)
                    .forEach(i -> list.add(new ListItem(i.name() + "：" + i.reason())));
            root.add(list, new MaterialsUploadPanel(services.materials, services.cases, user, view.caseNo(), () -> { }));
            TextField comment = new TextField(Texts.t("applicant.supplement.comment"));
            comment.setWidthFull();
            Button answer = new Button(Texts.t("applicant.supplement.answer"));
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answer.setDisableOnClick(true);
            answer.addClickListener(e -> {
                if (Problems.attempt(() -> services.submission.answerSupplement(user, view.caseNo(), comment.getValue()))) {
                    Problems.success(Texts.t("applicant.supplement.done"));
                    answer.getUI().ifPresent(ui -> ui.getPage().reload());
                } else {
                    answer.setEnabled(true);
                }
            });
            answer.setId("answer-supplement");
            root.add(comment, answer);
        }
    }
}
