package cn.yiyang.ui.agreement;

import cn.yiyang.agreement.Agreement;
import cn.yiyang.agreement.SubsidyClaimRequest;
import cn.yiyang.agreement.SubsidyService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.ui.support.Problems;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** 申请协议费用补助: the fee paid and when; the draft claim case then asks for the payment proof and is submitted. */
class SubsidyDialog extends Dialog {

    SubsidyDialog(Agreement agreement, SubsidyService subsidies, CurrentUser user) {
        setHeaderTitle(getTranslation("subsidy.title") + "：" + agreement.partnerName());
        BigDecimalField fee = new BigDecimalField(getTranslation("subsidy.feePaid"));
        fee.setValue(agreement.annualFee());
        fee.setHelperText(getTranslation("subsidy.help"));
        DatePicker paidOn = new DatePicker(getTranslation("subsidy.paidOn"));
        add(new FormLayout(fee, paidOn));
        Button create = new Button(getTranslation("subsidy.create"), e -> {
            UI ui = UI.getCurrent();
            if (!Problems.attempt(() -> {
                String caseNo = subsidies.claim(user, agreement.caseNo(),
                        new SubsidyClaimRequest(fee.getValue(), paidOn.getValue())).caseNo();
                close();
                ui.navigate("cases/" + caseNo);
            })) {
                e.getSource().setEnabled(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("agreement.cancel"), e -> close()), create);
    }
}
