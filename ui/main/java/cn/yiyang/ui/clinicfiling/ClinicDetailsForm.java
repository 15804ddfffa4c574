package cn.yiyang.ui.clinicfiling;

import cn.yiyang.clinicfiling.ClinicType;
import cn.yiyang.institution.Institution;
import cn.yiyang.shared.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Steps 1 and 2 of the filing: the clinic, its head and its staff, with errors shown beside the fields. */
class ClinicDetailsForm extends FormLayout {

    private final Binder<FilingDraft> binder = new Binder<>(FilingDraft.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final StaffEditor staff;

    ClinicDetailsForm(FilingDraft draft, List<Institution> medicalPartners) {
        TextField name = field("clinicName", new TextField(getTranslation("filing.clinicName")));
        Select<String> type = new Select<>();
        type.setLabel(getTranslation("filing.clinicType"));
        type.setItems(java.util.Arrays.stream(ClinicType.values()).map(Enum::name).toList());
        type.setItemLabelGenerator(t -> ClinicType.valueOf(t).label());
        fields.put("clinicType", type);
        DatePicker opening = field("openingDate", new DatePicker(getTranslation("filing.openingDate")));
        opening.setMin(java.time.LocalDate.now());
        opening.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        opening.setPlaceholder("yyyy-MM-dd");
        TextArea services = field("services", new TextArea(getTranslation("filing.services")));
        services.setPlaceholder("内科、全科医疗、康复医学");
        TextField address = field("address", new TextField(getTranslation("filing.address")));
        ComboBox<Institution> partner = new ComboBox<>(getTranslation("filing.referralPartner"));
        partner.setItems(medicalPartners);
        partner.setItemLabelGenerator(Institution::name);
        partner.setClearButtonVisible(true);
        fields.put("referralPartnerCreditCode", partner);
        TextField headName = field("head.name", new TextField(getTranslation("filing.headName")));
        TextField headId = field("head.idNumber", new TextField(getTranslation("filing.headIdNumber")));
        TextField headQualification = field("head.qualificationNo", new TextField(getTranslation("filing.headQualification")));

        binder.forField(name).asRequired(getTranslation("filing.required")).bind(FilingDraft::getClinicName, FilingDraft::setClinicName);
        binder.forField(type).bind(FilingDraft::getClinicType, FilingDraft::setClinicType);
        binder.forField(opening).asRequired(getTranslation("filing.required")).bind(FilingDraft::getOpeningDate, FilingDraft::setOpeningDate);
        binder.forField(services).asRequired(getTranslation("filing.required")).bind(FilingDraft::getServices, FilingDraft::setServices);
        binder.forField(address).bind(FilingDraft::getAddress, FilingDraft::setAddress);
        binder.forField(partner).bind(d -> medicalPartners.stream().filter(i -> i.creditCode().equals(d.getReferralPartnerCreditCode()))
                .findFirst().orElse(null), (d, i) -> d.setReferralPartnerCreditCode(i == null ? null : i.creditCode()));
        binder.forField(headName).asRequired(getTranslation("filing.required")).bind(FilingDraft::getHeadName, FilingDraft::setHeadName);
        binder.forField(headId).asRequired(getTranslation("filing.required")).bind(FilingDraft::getHeadIdNumber, FilingDraft::setHeadIdNumber);
        binder.forField(headQualification).asRequired(getTranslation("filing.required"))
                .bind(FilingDraft::getHeadQualificationNo, FilingDraft::setHeadQualificationNo);
        binder.setBean(draft);

        staff = new StaffEditor(draft.getStaff());
        add(new H3(getTranslation("filing.step.clinic")), name, type, opening, address, services, partner,
                new H3(getTranslation("filing.step.people")), headName, headId, headQualification, staff);
        setColspan(services, 2);
        setColspan(staff, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    private <T extends HasValidation> T field(String key, T component) {
        fields.put(key, component);
        ((com.vaadin.flow.component.Component) component).setId("filing-" + key.replace('.', '-'));
        return component;
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    /** Shows the service's field errors (check digits, dates) beside the fields they concern. */
    void show(FieldErrors errors) {
        for (FieldErrors.FieldError e : errors.errors()) {
            HasValidation target = fields.get(e.field());
            if (target != null) {
                target.setErrorMessage(e.message());
                target.setInvalid(true);
            } else {
                staff.show(e.field(), e.message());
            }
        }
    }
}
