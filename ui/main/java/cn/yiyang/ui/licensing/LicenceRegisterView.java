package cn.yiyang.ui.licensing;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceChangeService;
import cn.yiyang.licensing.LicenceRegister;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 执业许可证登记簿: licences with their validity and the next 校验 (an applicant sees its own institution's, the
 * bureau the county's); the holder applies for a change registration from here.
 */
@Route("licences")
@PageTitle("执业许可证登记簿")
@PermitAll
public class LicenceRegisterView extends VerticalLayout {

    public LicenceRegisterView(LicenceRegister register, LicenceChangeService changes) {
        CurrentUser user = CurrentUsers.require();
        Grid<Licence> grid = new Grid<>();
        grid.setId("licence-grid");
        grid.addColumn(Licence::registrationNo).setHeader(getTranslation("register.number")).setAutoWidth(true);
        grid.addColumn(Licence::name).setHeader(getTranslation("register.name")).setAutoWidth(true);
        grid.addColumn(Licence::kindLabel).setHeader(getTranslation("register.kind")).setAutoWidth(true);
        grid.addColumn(Licence::institutionName).setHeader(getTranslation("register.institution")).setAutoWidth(true);
        grid.addColumn(Licence::beds).setHeader(getTranslation("register.beds")).setAutoWidth(true);
        grid.addColumn(l -> Texts.format(l.validUntil())).setHeader(getTranslation("register.validUntil")).setAutoWidth(true);
        grid.addComponentColumn(l -> Badges.of(l.valid() ? getTranslation("register.valid") : getTranslation("register.expired"),
                l.valid() ? "badge success" : "badge error")).setHeader(getTranslation("register.state"));
        grid.addColumn(l -> Texts.format(l.nextCheckDue()) + "（" + getTranslation("register.every", l.checkIntervalYears()) + "）")
                .setHeader(getTranslation("register.nextCheck")).setAutoWidth(true);
        if (user.isApplicant()) {
            grid.addComponentColumn(l -> {
                Button change = new Button(getTranslation("register.change"),
                        e -> new LicenceChangeDialog(l, changes, user).open());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return change;
            }).setHeader(getTranslation("register.actions")).setKey("actions");
        }
        Paging.lazy(grid, page -> register.list(user, null, page));
        add(new H2(getTranslation("register.title")), grid);
        setSizeFull();
    }
}
