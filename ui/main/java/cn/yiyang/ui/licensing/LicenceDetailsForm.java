package cn.yiyang.ui.licensing;

import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.licensing.LicenceGrade;
import cn.yiyang.licensing.LicenceKind;
import cn.yiyang.shared.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The medical institution applied for: the fields of the 医疗机构执业许可证, errors shown beside the fields. */
public class LicenceDetailsForm extends FormLayout {

    private final Binder<LicenceDraft> binder = new Binder<>(LicenceDraft.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    public LicenceDetailsForm(LicenceDraft draft) {
        String required = getTranslation("licence.required");
        TextField name = field("name", new TextField(getTranslation("licence.name")));
        Select<String> kind = select("kind", "licence.kind", names(LicenceKind.values()), k -> LicenceKind.valueOf(k).label());
        Select<String> grade = select("grade", "licence.grade", names(LicenceGrade.values()), g -> LicenceGrade.valueOf(g).label());
        TextField category = field("category", new TextField(getTranslation("licence.category")));
        category.setPlaceholder(getTranslation("licence.category.placeholder"));
        Select<String> ownership = select("ownership", "licence.ownership", names(Ownership.values()), o -> Ownership.valueOf(o).label());
        Select<String> profit = select("profit", "licence.profit", names(Profit.values()), p -> Profit.valueOf(p).label());
        IntegerField beds = field("beds", new IntegerField(getTranslation("licence.beds")));
        beds.setMin(0);
        TextArea departments = field("departments", new TextArea(getTranslation("licence.departments")));
        departments.setPlaceholder("内科、康复医学科、临终关怀科");
        TextField target = field("serviceTarget", new TextField(getTranslation("licence.serviceTarget")));
        TextField mode = field("serviceMode", new TextField(getTranslation("licence.serviceMode")));
        TextField capital = field("registeredCapital", new TextField(getTranslation("licence.registeredCapital")));
        capital.setPlaceholder("500000.00");
        TextField legal = field("legalRepresentative", new TextField(getTranslation("licence.legalRepresentative")));
        TextField address = field("address", new TextField(getTranslation("licence.address")));

        binder.forField(name).asRequired(required).bind(LicenceDraft::getName, LicenceDraft::setName);
        binder.forField(kind).bind(LicenceDraft::getKind, LicenceDraft::setKind);
        binder.forField(grade).bind(LicenceDraft::getGrade, LicenceDraft::setGrade);
        binder.forField(category).bind(LicenceDraft::getCategory, LicenceDraft::setCategory);
        binder.forField(ownership).bind(LicenceDraft::getOwnership, LicenceDraft::setOwnership);
        binder.forField(profit).bind(LicenceDraft::getProfit, LicenceDraft::setProfit);
        binder.forField(beds).asRequired(required).bind(LicenceDraft::getBeds, LicenceDraft::setBeds);
        binder.forField(departments).asRequired(required).bind(LicenceDraft::getDepartments, LicenceDraft::setDepartments);
        binder.forField(target).asRequired(required).bind(LicenceDraft::getServiceTarget, LicenceDraft::setServiceTarget);
        binder.forField(mode).bind(LicenceDraft::getServiceMode, LicenceDraft::setServiceMode);
        binder.forField(capital).asRequired(required).bind(LicenceDraft::getRegisteredCapital, LicenceDraft::setRegisteredCapital);
        binder.forField(legal).asRequired(required).bind(LicenceDraft::getLegalRepresentative, LicenceDraft::setLegalRepresentative);
        binder.forField(address).asRequired(required).bind(LicenceDraft::getAddress, LicenceDraft::setAddress);
        binder.setBean(draft);

        add(name, kind, grade, category, ownership, profit, beds, capital, legal, address, target, mode, departments);
        setColspan(departments, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private Select<String> select(String key, String label, String[] items, SerializableFunction<String, String> caption) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(caption::apply);
        return field(key, select);
    }

    private <T extends HasValidation> T field(String key, T component) {
        fields.put(key, component);
        ((com.vaadin.flow.component.Component) component).setId("licence-" + key);
        return component;
    }

    public boolean validate() {
        return binder.validate().isOk();
    }

    /** Shows the service's field errors beside the fields they concern. */
    public void show(FieldErrors errors) {
        for (FieldErrors.FieldError e : errors.errors()) {
            HasValidation target = fields.get(e.field());
            if (target != null) {
                target.setErrorMessage(e.message());
                target.setInvalid(true);
            }
        }
    }
}
