package cn.yiyang.ui.inspection;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionPlanRequest;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 抽查计划 editor for the SUPERVISOR: the department and its check items, the population (institution type, whether it
 * has an internal medical institution, township), the proportion, inspectors per target (at least 2, 行政处罚法
 * Art. 42) and the period; submitting sends it to the department's LEADER for approval.
 */
@Route("inspection/plans/new")
@RolesAllowed("SUPERVISOR")
public class PlanEditorView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "ANY";

    final TextField name = new TextField();
    final Select<String> department = new Select<>();
    final CheckboxGroup<CheckItem> items = new CheckboxGroup<>();
    final Select<String> type = new Select<>();
    final Select<String> internal = new Select<>();
    final ComboBox<String> township = new ComboBox<>();
    final IntegerField percent = new IntegerField();
    final IntegerField perTarget = new IntegerField();
    final com.vaadin.flow.component.checkbox.Checkbox weighted = new com.vaadin.flow.component.checkbox.Checkbox();
    final DatePicker periodStart = new DatePicker();
    final DatePicker periodEnd = new DatePicker();
    final Button submit = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<CheckItem> catalogue;

    public PlanEditorView(InspectionService inspections, InstitutionService institutions, Validator validator,
                          java.time.Clock clock) {
        CurrentUser user = CurrentUsers.require();
        catalogue = inspections.checkItems();
        name.setLabel(getTranslation("plan.name"));
        name.setId("plan-name");
        name.setMaxLength(200);
        name.setRequired(true);
        List<String> departments = catalogue.stream().map(CheckItem::department).distinct().toList();
        department.setLabel(getTranslation("plan.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> Texts.label("department", d, d));
        department.setId("plan-department");
        department.addValueChangeListener(e -> showItems(e.getValue()));
        items.setLabel(getTranslation("plan.items"));
        items.setItemLabelGenerator(CheckItem::name);
        items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        items.setId("plan-items");
        type.setLabel(getTranslation("plan.type"));
        type.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY),
                Arrays.stream(InstitutionType.values()).map(Enum::name)).toList());
        type.setItemLabelGenerator(t -> ANY.equals(t) ? getTranslation("plan.any") : InstitutionType.valueOf(t).label());
        type.setValue(ANY);
        type.setId("plan-type");
        internal.setLabel(getTranslation("plan.internal"));
        internal.setItems(ANY, "YES", "NO");
        internal.setItemLabelGenerator(v -> getTranslation("plan.internal." + v));
        internal.setValue(ANY);
        internal.setId("plan-internal");
        township.setLabel(getTranslation("plan.township"));
        township.setItems(institutions.townships(user.regionCode()));
        township.setAllowCustomValue(false);
        township.setClearButtonVisible(true);
        township.setPlaceholder(getTranslation("plan.any"));
        township.setId("plan-township");
        percent.setLabel(getTranslation("plan.percent"));
        percent.setMin(1);
        percent.setMax(100);
        percent.setValue(10);
        percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        percent.setId("plan-percent");
        perTarget.setLabel(getTranslation("plan.perTarget"));
        perTarget.setMin(2);
        perTarget.setMax(10);
        perTarget.setValue(2);
        perTarget.setStepButtonsVisible(true);
        perTarget.setHelperText(getTranslation("plan.perTarget.help"));
        perTarget.setId("plan-per-target");
        weighted.setLabel(getTranslation("plan.weighted"));
        weighted.setId("plan-weighted");
        periodStart.setLabel(getTranslation("plan.periodStart"));
        periodStart.setId("plan-period-start");
        periodStart.setValue(java.time.LocalDate.now(clock));
        periodEnd.setLabel(getTranslation("plan.periodEnd"));
        periodEnd.setId("plan-period-end");
        periodEnd.setValue(java.time.LocalDate.now(clock).plusMonths(1));
        fields.putAll(Map.of("name", name, "department", department, "items", items, "population.type", type,
                "proportion", percent, "inspectorsPerTarget", perTarget, "periodStart", periodStart,
                "periodEnd", periodEnd));
        if (departments.contains("HEALTH")) {
            department.setValue("HEALTH");
        }
        FormLayout form = new FormLayout(name, department, items, type, internal, township, percent, perTarget,
                periodStart, periodEnd, weighted);
        // two columns from a tablet's 768 px up, one on a phone
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(name, 2);
        form.setColspan(items, 2);
        form.setColspan(weighted, 2);
        submit.setText(getTranslation("plan.submit"));
        submit.setId("plan-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(inspections, validator, user));
        add(new H2(getTranslation("plan.title")), new Paragraph(getTranslation("plan.intro")), form, submit);
        setMaxWidth("1000px");
    }

    private void showItems(String dept) {
        items.setItems(catalogue.stream().filter(i -> i.department().equals(dept)).toList());
    }

    InspectionPlanRequest request() {
        return new InspectionPlanRequest(name.getValue(), department.getValue(),
                items.getValue().stream().map(CheckItem::code).sorted().toList(),
                new InspectionPlanRequest.Population(ANY.equals(type.getValue()) ? null : type.getValue(),
                        ANY.equals(internal.getValue()) ? null : "YES".equals(internal.getValue()),
                        township.getValue()),
                percent.getValue() == null ? null : BigDecimal.valueOf(percent.getValue())
                        .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP),
                perTarget.getValue(), periodStart.getValue(), periodEnd.getValue(), weighted.getValue());
    }

    private void submit(InspectionService inspections, Validator validator, CurrentUser user) {
        fields.values().forEach(f -> f.setInvalid(false));
        InspectionPlanRequest request = request();
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<InspectionPlanRequest> v : validator.validate(request)) {
            errors.add(new FieldErrors.FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        try {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
            InspectionPlan plan = inspections.createPlan(user, request);
            Problems.success(getTranslation("plan.created", plan.caseNo()));
            getUI().ifPresent(ui -> ui.navigate(PlansView.class));
        } catch (FieldErrors e) {
            for (FieldErrors.FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field().replaceAll("\\[\\d+]", ""));
                if (field == null) {
                    Problems.error(error.message());
                } else {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
            submit.setEnabled(true);
        } catch (RuntimeException e) {
            Problems.show(e);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title") + " · " + getTranslation("app.title");
    }
}
