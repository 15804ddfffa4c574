package cn.yiyang.ui.clinicfiling;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The last step of every application wizard: upload the materials the draft requires, then submit it once and go to
 * the case. The texts come from {@code <keys>.materials.intro}, {@code <keys>.submit} and {@code <keys>.submitted}.
 */
public class UploadAndSubmitStep extends VerticalLayout {

    public UploadAndSubmitStep(String keys, String caseNo, CurrentUser user, MaterialService materials,
                               CaseService cases, CaseSubmission submission) {
        this(keys, caseNo, user, materials, cases, submission, null);
    }

    /** @param onSubmitted what follows a successful submit; null: go to the case view */
    public UploadAndSubmitStep(String keys, String caseNo, CurrentUser user, MaterialService materials,
                               CaseService cases, CaseSubmission submission, Runnable onSubmitted) {
        setPadding(false);
        Button submit = new Button(getTranslation(keys + ".submit"));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true); // a double click cannot submit twice; the service refuses a second submit too
        MaterialsUploadPanel panel = new MaterialsUploadPanel(materials, cases, user, caseNo, () -> { });
        submit.addClickListener(e -> {
            try {
                submission.submit(user, caseNo);
                Notification.show(getTranslation(keys + ".submitted"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (onSubmitted != null) {
                    onSubmitted.run();
                } else {
                    getUI().ifPresent(ui -> ui.navigate("cases/" + caseNo));
                }
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                submit.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation(keys + ".materials.intro") + " " + caseNo), panel, submit);
    }
}
