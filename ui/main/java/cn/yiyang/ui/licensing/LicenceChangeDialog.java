package cn.yiyang.ui.licensing;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceChangeRequest;
import cn.yiyang.licensing.LicenceChangeService;
import cn.yiyang.ui.support.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/**
 * 变更登记: the holder states what changes (名称, 地址, 负责人, 诊疗科目, 床位 — empty fields stay as they are) and why;
 * the change becomes a case with its own acceptance, decision and a new licence under the same number.
 */
class LicenceChangeDialog extends Dialog {

    LicenceChangeDialog(Licence licence, LicenceChangeService changes, CurrentUser user) {
        setHeaderTitle(getTranslation("register.change") + "：" + licence.registrationNo());
        TextField name = new TextField(getTranslation("register.change.name"));
        name.setPlaceholder(licence.name());
        TextField address = new TextField(getTranslation("register.change.address"));
        address.setPlaceholder(licence.address());
        TextField head = new TextField(getTranslation("register.change.head"));
        head.setPlaceholder(licence.legalRepresentative());
        TextField departments = new TextField(getTranslation("register.change.departments"));
        IntegerField beds = new IntegerField(getTranslation("register.beds"));
        beds.setPlaceholder(String.valueOf(licence.beds()));
        TextArea reason = new TextArea(getTranslation("register.change.reason"));
        reason.setRequired(true);
        FormLayout form = new FormLayout(name, address, head, departments, beds, reason);
        form.setColspan(reason, 2);
        add(form);
        Button apply = new Button(getTranslation("register.change.apply"), e -> {
            List<String> list = departments.isEmpty() ? null : Arrays.stream(departments.getValue().split("[,，、\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            LicenceChangeRequest request = new LicenceChangeRequest(blank(name), blank(address), blank(head), list,
                    beds.getValue(), reason.getValue());
            if (Problems.attempt(() -> {
                var created = changes.create(user, licence.registrationNo(), request);
                com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
                close(); // detaches the dialog: navigate with the UI taken before
                ui.navigate("cases/" + created.caseNo());
            })) {
                Problems.success(getTranslation("register.change.created"));
            } else {
                e.getSource().setEnabled(true);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("register.change.cancel"), e -> close()), apply);
    }

    private static String blank(TextField field) {
        return field.isEmpty() ? null : field.getValue().strip();
    }
}
