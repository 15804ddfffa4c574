package cn.yiyang.ui.institution;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.ui.support.FormErrors;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Function;

/** Create or edit one institution: Bean Validation at the field, the service's checks (credit code, version) after. */
public class InstitutionEditor extends Dialog {

    final TextField name = new TextField(Texts.t("institution.name"));
    final TextField creditCode = new TextField(Texts.t("institution.creditCode"));
    final Select<InstitutionType> type = new Select<>();
    final ComboBox<String> township = new ComboBox<>(Texts.t("institution.township"));
    final TextField address = new TextField(Texts.t("institution.address"));
    final IntegerField beds = new IntegerField(Texts.t("institution.beds"));
    final Select<Ownership> ownership = new Select<>();
    final Select<Profit> profit = new Select<>();
    final Checkbox hasInternalMedical = new Checkbox(Texts.t("institution.hasInternalMedical"));
    final BeanValidationBinder<InstitutionForm> binder = new BeanValidationBinder<>(InstitutionForm.class);
    final Button save = new Button(Texts.t("action.save"));
    private final Integer version;

    /** @param store creates or updates through the service and returns the stored institution */
    public InstitutionEditor(Institution existing, List<String> townships, Function<InstitutionForm, Institution> store,
                             Runnable saved) {
        setHeaderTitle(Texts.t(existing == null ? "institution.create" : "institution.edit"));
        this.version = existing == null ? null : existing.version();
        type.setLabel(Texts.t("institution.type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> Texts.label("institutionType", t, t.label()));
        ownership.setLabel(Texts.t("institution.ownership"));
        ownership.setItems(Ownership.values());
        ownership.setItemLabelGenerator(o -> Texts.label("ownership", o, o.label()));
        profit.setLabel(Texts.t("institution.profit"));
        profit.setItems(Profit.values());
        profit.setItemLabelGenerator(p -> Texts.label("profit", p, p.label()));
        township.setItems(townships);
        township.setAllowCustomValue(true);
        township.addCustomValueSetListener(e -> township.setValue(e.getDetail()));
        creditCode.setMaxLength(18);
        binder.bindInstanceFields(this);
        binder.readRecord(existing == null
                ? new InstitutionForm(null, null, null, null, null, 0, null, null, false, null)
                : new InstitutionForm(existing.name(), existing.creditCode(), existing.type(), existing.township(),
                        existing.address(), existing.beds(), existing.ownership(), existing.profit(),
                        existing.hasInternalMedical(), existing.version()));
        FormLayout form = new FormLayout(name, creditCode, type, township, address, beds, ownership, profit,
                hasInternalMedical);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(store, saved));
        WriteButtons.guard(save);
        getFooter().add(new Button(Texts.t("action.cancel"), e -> close()), save);
        setWidth("min(720px, 95vw)");
    }

    private void save(Function<InstitutionForm, Institution> store, Runnable saved) {
        if (!binder.validate().isOk()) {
            return;
        }
        InstitutionForm form = new InstitutionForm(name.getValue(), creditCode.getValue().trim().toUpperCase(),
                type.getValue(), township.getValue(), address.getValue(), beds.getValue(), ownership.getValue(),
                profit.getValue(), hasInternalMedical.getValue(), version);
        try {
            store.apply(form);
            Problems.success(Texts.t("action.saved"));
            close();
            saved.run();
        } catch (FieldErrors errors) {
            FormErrors.show(binder, errors);
        } catch (RuntimeException e) {
            Problems.show(e);
        }
    }
}
