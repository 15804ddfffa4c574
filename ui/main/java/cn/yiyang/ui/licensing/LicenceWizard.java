package cn.yiyang.ui.licensing;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.licensing.LicensingService;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.ui.clinicfiling.UploadAndSubmitStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The applicant's 两证合一 wizard: the medical institution → save as draft → upload the required materials (by kind
 * and beds) → submit. A kind or grade the county does not license is refused at once, naming the authority instead.
 * {@code licence/LHXK-…} continues a draft.
 */
@Route("licence")
@PageTitle("医疗机构设置审批与执业登记（两证合一）")
@RolesAllowed("APPLICANT")
public class LicenceWizard extends VerticalLayout implements HasUrlParameter<String> {

    private final LicensingService licensing;
    private final CaseSubmission submission;
    private final MaterialService materials;
    private final CaseService cases;
    private final CurrentUser user = CurrentUsers.require();

    public LicenceWizard(LicensingService licensing, CaseSubmission submission, MaterialService materials,
                         CaseService cases) {
        this.licensing = licensing;
        this.submission = submission;
        this.materials = materials;
        this.cases = cases;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String caseNo) {
        removeAll();
        add(new H2(getTranslation("licence.title")));
        if (caseNo == null) {
            detailsStep();
            return;
        }
        CaseInfo draft = cases.ownCase(user, caseNo);
        if (draft.status() == CaseStatus.DRAFT) {
            materialsStep(draft.caseNo());
        } else {
            event.forwardTo("cases/" + caseNo);
        }
    }

    private void detailsStep() {
        LicenceDraft draft = new LicenceDraft();
        LicenceDetailsForm form = new LicenceDetailsForm(draft);
        Button save = new Button(getTranslation("licence.saveDraft"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (form.validate()) {
                    CaseInfo created = licensing.create(user, draft.toRequest());
                    getUI().ifPresent(ui -> ui.navigate("licence/" + created.caseNo()));
                }
            } catch (FieldErrors errors) {
                form.show(errors);
            } catch (BusinessRuleException refused) {
                Object authority = refused.properties().get("authority");
                error(refused.getMessage() + (authority == null ? "" : " " + getTranslation("licence.authority", authority)));
            } catch (RuntimeException ex) {
                error(ex.getMessage());
            } finally {
                save.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("licence.intro")), form, save);
    }

    private void materialsStep(String caseNo) {
        add(new UploadAndSubmitStep("licence", caseNo, user, materials, cases, submission));
    }

    private static void error(String message) {
        Notification.show(message, 10000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
