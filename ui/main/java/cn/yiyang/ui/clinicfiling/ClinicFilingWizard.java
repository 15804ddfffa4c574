package cn.yiyang.ui.clinicfiling;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.clinicfiling.ClinicFilingService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.FieldErrors;
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
 * The applicant's filing wizard: the clinic, head and staff → save as draft → upload the required materials →
 * review → submit. {@code filing/NSBA-…} continues a draft.
 */
@Route("filing")
@PageTitle("内设医疗机构备案")
@RolesAllowed("APPLICANT")
public class ClinicFilingWizard extends VerticalLayout implements HasUrlParameter<String> {

    private final ClinicFilingService filings;
    private final CaseSubmission submission;
    private final MaterialService materials;
    private final CaseService cases;
    private final InstitutionService institutions;
    private final CurrentUser user = CurrentUsers.require();

    public ClinicFilingWizard(ClinicFilingService filings, CaseSubmission submission, MaterialService materials,
                              CaseService cases, InstitutionService institutions) {
        this.filings = filings;
        this.submission = submission;
        this.materials = materials;
        this.cases = cases;
        this.institutions = institutions;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String caseNo) {
        removeAll();
        add(new H2(getTranslation("filing.title")));
        if (caseNo == null) {
            detailsStep();
        } else {
            CaseInfo draft = cases.ownCase(user, caseNo);
            if (draft.status() == CaseStatus.DRAFT) {
                materialsStep(draft.caseNo());
            } else {
                event.forwardTo("cases/" + caseNo);
            }
        }
    }

    private void detailsStep() {
        FilingDraft draft = new FilingDraft();
        var partners = institutions.medicalPartners(user);
        ClinicDetailsForm form = new ClinicDetailsForm(draft, partners);
        Button save = new Button(getTranslation("filing.saveDraft"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (!form.validate()) {
                    return;
                }
                CaseInfo created = filings.create(user, draft.toRequest());
                getUI().ifPresent(ui -> ui.navigate("filing/" + created.caseNo()));
            } catch (FieldErrors errors) {
                form.show(errors);
            } catch (RuntimeException ex) {
                error(ex.getMessage());
            } finally {
                save.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("filing.intro")), form, save);
    }

    private void materialsStep(String caseNo) {
        add(new UploadAndSubmitStep("filing", caseNo, user, materials, cases, submission));
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
