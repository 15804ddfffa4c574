package cn.yiyang.ui.admin;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.ui.support.Badges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 审计核验 (ADMIN): recompute every hash chain of the audit trail and list what was found; link to Cockpit. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Div result = new Div();

    public AuditView(AuditTrail audit) {
        result.setId("audit-result");
        Button verify = new Button(getTranslation("audit.verify"), e -> show(audit.verify()));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setId("audit-verify");
        Anchor cockpit = new Anchor("/camunda/app/cockpit/", getTranslation("audit.cockpit"));
        cockpit.setTarget("_blank");
        add(new H2(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.hint")), verify, result, cockpit);
    }

    private void show(AuditTrail.VerificationReport report) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("audit.counts", report.chains(), report.entries())));
        if (report.intact()) {
            result.add(Badges.of(getTranslation("audit.intact"), "badge success"));
            return;
        }
        result.add(Badges.of(getTranslation("audit.broken", report.problems().size()), "badge error"));
        UnorderedList list = new UnorderedList();
        report.problems().forEach(p -> list.add(new ListItem(p)));
        result.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.title");
    }
}
