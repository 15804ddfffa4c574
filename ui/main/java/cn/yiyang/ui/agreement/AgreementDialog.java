package cn.yiyang.ui.agreement;

import cn.yiyang.agreement.AgreementRequest;
import cn.yiyang.agreement.AgreementService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.ui.support.Problems;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 报备医养合作协议: the elderly care institution picks the local medical institution, the services of the template,
 * the yearly fee and the one-year period; the draft case then asks for the signed text (case page) and is submitted.
 */
class AgreementDialog extends Dialog {

    AgreementDialog(AgreementService agreements, InstitutionService institutions, CurrentUser user, LocalDate today) {
        setHeaderTitle(getTranslation("agreement.new"));
        ComboBox<Institution> partner = new ComboBox<>(getTranslation("agreement.partner"));
        partner.setItems(institutions.medicalPartners(user));
        partner.setItemLabelGenerator(i -> i.name() + "（" + i.township() + "）");
        partner.setId("agreement-partner");
        partner.setRequired(true);
        CheckboxGroup<String> services = new CheckboxGroup<>(getTranslation("agreement.services"));
        services.setItems(AgreementService.TEMPLATE_SERVICES);
        services.setId("agreement-services");
        BigDecimalField fee = new BigDecimalField(getTranslation("agreement.fee"));
        fee.setValue(new BigDecimal("30000"));
        fee.setHelperText(getTranslation("agreement.fee.help"));
        DatePicker start = new DatePicker(getTranslation("agreement.start"), today);
        DatePicker end = new DatePicker(getTranslation("agreement.end"), today.plusYears(1).minusDays(1));
        start.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                end.setValue(e.getValue().plusYears(1).minusDays(1)); // 一年一签
            }
        });
        FormLayout form = new FormLayout(partner, fee, start, end, services);
        form.setColspan(services, 2);
        add(form);
        Button create = new Button(getTranslation("agreement.create"), e -> {
            AgreementRequest request = new AgreementRequest(
                    partner.getValue() == null ? null : partner.getValue().creditCode(),
                    List.copyOf(services.getSelectedItems()), fee.getValue(), start.getValue(), end.getValue());
            UI ui = UI.getCurrent();
            if (!Problems.attempt(() -> {
                String caseNo = agreements.create(user, request).caseNo();
                close(); // detaches the dialog: navigate with the UI taken before
                ui.navigate("cases/" + caseNo);
            })) {
                e.getSource().setEnabled(true);
            }
        });
        create.setId("agreement-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("agreement.cancel"), e -> close()), create);
    }
}
