package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 案件查询: the cases a member of staff may see (their department's matters, or all for ADMIN/SUPERVISOR). */
@Route("cases")
@PermitAll
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    public CasesView(CaseService cases) {
        addClassName("cases-view");
        add(new H2(getTranslation("nav.cases")), new CaseList(cases));
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " · " + getTranslation("app.title");
    }
}
