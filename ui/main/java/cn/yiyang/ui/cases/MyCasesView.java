package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 我的申请: the cases of the applicant's institution, with status and deadline. */
@Route("my-cases")
@PermitAll
public class MyCasesView extends VerticalLayout implements HasDynamicTitle {

    public MyCasesView(CaseService cases) {
        addClassName("my-cases-view");
        com.vaadin.flow.component.button.Button newFiling = new com.vaadin.flow.component.button.Button(
                getTranslation("mycases.newFiling"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("filing")));
        newFiling.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        newFiling.setId("new-filing");
        com.vaadin.flow.component.button.Button newLicence = new com.vaadin.flow.component.button.Button(
                getTranslation("mycases.newLicence"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("licence")));
        newLicence.setId("new-licence");
        com.vaadin.flow.component.button.Button newSingleWindow = new com.vaadin.flow.component.button.Button(
                getTranslation("mycases.newSingleWindow"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("single-window")));
        newSingleWindow.setId("new-single-window");
        add(new H2(getTranslation("nav.myCases")), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(newFiling,
                newLicence, newSingleWindow), new CaseList(cases));
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCases") + " · " + getTranslation("app.title");
    }
}
