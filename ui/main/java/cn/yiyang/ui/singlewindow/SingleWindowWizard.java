package cn.yiyang.ui.singlewindow;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.singlewindow.ProjectType;
import cn.yiyang.singlewindow.SingleWindowRequest;
import cn.yiyang.singlewindow.SingleWindowService;
import cn.yiyang.ui.clinicfiling.UploadAndSubmitStep;
import cn.yiyang.ui.licensing.LicenceDetailsForm;
import cn.yiyang.ui.licensing.LicenceDraft;
import cn.yiyang.ui.support.Problems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The founder's single-window application (一个窗口办理), simplified from the licence wizard: the new institution and
 * the project, optionally the medical part → save as draft → upload the one set of materials → submit.
 * {@code single-window/YCBL-…} continues a draft.
 */
@Route("single-window")
@PageTitle("医养结合机构一个窗口办理")
@RolesAllowed("APPLICANT")
public class SingleWindowWizard extends VerticalLayout implements HasUrlParameter<String> {

    private final SingleWindowService singleWindow;
    private final CaseSubmission submission;
    private final MaterialService materials;
    private final CaseService cases;
    private final Validator validator;
    private final CurrentUser user = CurrentUsers.require();

    final TextField institutionName = new TextField();
    final TextField creditCode = new TextField();
    final Select<ProjectType> projectType = new Select<>();
    final IntegerField beds = new IntegerField();
    final Checkbox propertyRegistered = new Checkbox();
    final Checkbox landPlanningComplete = new Checkbox();
    final Checkbox hasMedicalPart = new Checkbox();
    final Button save = new Button();

    public SingleWindowWizard(SingleWindowService singleWindow, CaseSubmission submission, MaterialService materials,
                              CaseService cases, Validator validator) {
        this.singleWindow = singleWindow;
        this.submission = submission;
        this.materials = materials;
        this.cases = cases;
        this.validator = validator;
        setMaxWidth("1100px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String caseNo) {
        removeAll();
        add(new H2(getTranslation("sw.title")));
        if (caseNo == null) {
            detailsStep();
            return;
        }
        CaseInfo draft = cases.ownCase(user, caseNo);
        if (draft.status() == CaseStatus.DRAFT) {
            add(new UploadAndSubmitStep("sw", draft.caseNo(), user, materials, cases, submission));
        } else {
            event.forwardTo("cases/" + caseNo);
        }
    }

    private void detailsStep() {
        institutionName.setLabel(getTranslation("sw.institutionName"));
        institutionName.setId("sw-institution-name");
        creditCode.setLabel(getTranslation("sw.creditCode"));
        creditCode.setId("sw-credit-code");
        projectType.setLabel(getTranslation("sw.projectType"));
        projectType.setId("sw-project-type");
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(ProjectType::label);
        projectType.setValue(ProjectType.NEW_BUILD);
        beds.setLabel(getTranslation("sw.beds"));
        beds.setId("sw-beds");
        beds.setMin(1);
        propertyRegistered.setLabel(getTranslation("sw.propertyRegistered"));
        propertyRegistered.setValue(true);
        landPlanningComplete.setLabel(getTranslation("sw.landPlanningComplete"));
        landPlanningComplete.setValue(true);
        hasMedicalPart.setLabel(getTranslation("sw.hasMedicalPart"));
        hasMedicalPart.setId("sw-has-medical");
        FormLayout form = new FormLayout(institutionName, creditCode, projectType, beds, propertyRegistered,
                landPlanningComplete, hasMedicalPart);
        LicenceDraft medicalDraft = new LicenceDraft();
        LicenceDetailsForm medical = new LicenceDetailsForm(medicalDraft);
        H3 medicalTitle = new H3(getTranslation("sw.medicalPart"));
        medicalTitle.setVisible(false);
        medical.setVisible(false);
        hasMedicalPart.addValueChangeListener(e -> {
            medical.setVisible(e.getValue());
            medicalTitle.setVisible(e.getValue());
        });
        save.setText(getTranslation("sw.saveDraft"));
        save.setId("sw-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (hasMedicalPart.getValue() && !medical.validate()) {
                    return;
                }
                SingleWindowRequest request = new SingleWindowRequest(institutionName.getValue(), creditCode.getValue(),
                        projectType.getValue() == null ? null : projectType.getValue().name(), beds.getValue(),
                        propertyRegistered.getValue(), landPlanningComplete.getValue(),
                        hasMedicalPart.getValue() ? medicalDraft.toRequest() : null);
                if (!valid(request)) {
                    return;
                }
                CaseInfo created = singleWindow.create(user, request);
                getUI().ifPresent(ui -> ui.navigate("single-window/" + created.caseNo()));
            } catch (FieldErrors errors) {
                show(errors, medical);
            } catch (BusinessRuleException refused) {
                Problems.error(refused.getMessage());
            } finally {
                save.setEnabled(true);
            }
        });
        add(new Paragraph(getTranslation("sw.intro")), form, medicalTitle, medical, save);
    }

    /** Bean Validation of the request, the same rules and messages as the API's. */
    private boolean valid(SingleWindowRequest request) {
        Set<ConstraintViolation<SingleWindowRequest>> violations = validator.validate(request);
        for (ConstraintViolation<SingleWindowRequest> v : violations) {
            HasValidation field = fields().get(v.getPropertyPath().toString());
            if (field != null) {
                field.setErrorMessage(v.getMessage());
                field.setInvalid(true);
            } else {
                Problems.error(v.getMessage());
            }
        }
        return violations.isEmpty();
    }

    private void show(FieldErrors errors, LicenceDetailsForm medical) {
        java.util.List<FieldErrors.FieldError> medicalErrors = new java.util.ArrayList<>();
        for (FieldErrors.FieldError error : errors.errors()) {
            if (error.field().startsWith("medicalPart.")) {
                medicalErrors.add(new FieldErrors.FieldError(error.field().substring("medicalPart.".length()), error.message()));
                continue;
            }
            HasValidation field = fields().get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                Problems.error(error.message());
            }
        }
        if (!medicalErrors.isEmpty()) {
            medical.show(new FieldErrors(medicalErrors));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("institutionName", institutionName);
        m.put("creditCode", creditCode);
        m.put("projectType", projectType);
        m.put("beds", beds);
        return m;
    }
}
