package cn.yiyang.ui.inbox;

import cn.yiyang.casework.DoneItem;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 已办: the steps the caller completed, newest first; a click opens the case. */
@Route("done")
@PermitAll
public class DoneView extends VerticalLayout implements HasDynamicTitle {

    public DoneView(TaskInbox inbox) {
        CurrentUser user = CurrentUsers.require();
        Grid<DoneItem> grid = new Grid<>();
        grid.setId("done-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DoneItem::caseNo).setHeader(getTranslation("col.caseNo")).setAutoWidth(true);
        grid.addColumn(DoneItem::name).setHeader(getTranslation("col.step")).setAutoWidth(true);
        grid.addColumn(d -> Texts.label("matter", d.matter(), null)).setHeader(getTranslation("col.matter"));
        grid.addColumn(DoneItem::applicantName).setHeader(getTranslation("col.applicant"));
        grid.addColumn(d -> Texts.format(d.endedAt())).setHeader(getTranslation("col.ended")).setAutoWidth(true);
        grid.addColumn(d -> Texts.outcome(d.outcome())).setHeader(getTranslation("col.outcome")).setAutoWidth(true);
        grid.addColumn(DoneItem::comment).setHeader(getTranslation("col.comment"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseNo())));
        grid.setSizeFull();
        Paging.lazy(grid, page -> inbox.done(user, page));
        add(new H2(getTranslation("nav.done")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.done") + " · " + getTranslation("app.title");
    }
}
