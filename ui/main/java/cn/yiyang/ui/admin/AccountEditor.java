package cn.yiyang.ui.admin;

import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.Department;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.ui.support.FormErrors;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import java.util.function.Function;

/** Create or edit an account: roles, department, institution, enabled, and a password (blank keeps the old one). */
public class AccountEditor extends Dialog {

    final TextField username = new TextField(Texts.t("account.username"));
    final TextField displayName = new TextField(Texts.t("account.displayName"));
    final PasswordField password = new PasswordField(Texts.t("account.password"));
    final ComboBox<String> departmentCode = new ComboBox<>(Texts.t("account.department"));
    final ComboBox<Institution> institution = new ComboBox<>(Texts.t("account.institution"));
    final EmailField email = new EmailField(Texts.t("account.email"));
    final Checkbox enabled = new Checkbox(Texts.t("account.enabled"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(Texts.t("account.roles"));
    final BeanValidationBinder<AccountForm> binder = new BeanValidationBinder<>(AccountForm.class);
    private final Integer version;

    public AccountEditor(Account existing, List<Department> departments, Institution current,
                         CallbackDataProvider.FetchCallback<Institution, String> institutions,
                         Function<AccountForm, Account> store, Runnable saved) {
        setHeaderTitle(Texts.t(existing == null ? "account.create" : "account.edit"));
        version = existing == null ? null : existing.version();
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> Texts.label("role", r, r.label()));
        departmentCode.setItems(departments.stream().map(Department::code).toList());
        departmentCode.setItemLabelGenerator(code -> departments.stream().filter(d -> d.code().equals(code))
                .map(Department::name).findFirst().orElse(code));
        departmentCode.setClearButtonVisible(true);
        institution.setItems(institutions);
        institution.setItemLabelGenerator(Institution::name);
        institution.setClearButtonVisible(true);
        binder.forField(password).withNullRepresentation("").bind("password");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.bindInstanceFields(this);
        binder.readRecord(existing == null ? new AccountForm(null, null, null, null, null, null, true, java.util.Set.of(), null)
                : new AccountForm(existing.username(), existing.displayName(), null, existing.departmentCode(),
                        existing.institutionId(), existing.email(), existing.enabled(), existing.roles(), existing.version()));
        institution.setValue(current);
        username.setReadOnly(existing != null);
        password.setHelperText(Texts.t(existing == null ? "account.password.new" : "account.password.keep"));
        FormLayout form = new FormLayout(username, displayName, password, email, departmentCode, institution, roles,
                enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(Texts.t("action.save"), e -> save(store, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        WriteButtons.guard(save);
        getFooter().add(new Button(Texts.t("action.cancel"), e -> close()), save);
        setWidth("min(720px, 95vw)");
    }

    private void save(Function<AccountForm, Account> store, Runnable saved) {
        if (!binder.validate().isOk()) {
            return;
        }
        String pw = password.getValue().isBlank() ? null : password.getValue();
        AccountForm form = new AccountForm(username.getValue().trim(), displayName.getValue(), pw,
                departmentCode.getValue(), institution.getValue() == null ? null : institution.getValue().id(),
                email.getValue().isBlank() ? null : email.getValue(), enabled.getValue(), roles.getValue(), version);
        try {
            store.apply(form);
            Problems.success(Texts.t("action.saved"));
            close();
            saved.run();
        } catch (FieldErrors errors) {
            FormErrors.show(binder, errors);
            errors.errors().stream().filter(e -> e.field().equals("institutionId")).forEach(e -> {
                institution.setErrorMessage(e.message());
                institution.setInvalid(true);
            });
        } catch (RuntimeException e) {
            Problems.show(e);
        }
    }
}
