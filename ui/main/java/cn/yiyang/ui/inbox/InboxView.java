package cn.yiyang.ui.inbox;

import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskInbox.Scope;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import cn.yiyang.ui.support.XlsxDownload;
import cn.yiyang.reporting.ListColumns;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** 待办: my tasks, the department's unclaimed tasks, or both; filtered, sorted by due date, paged. */
@Route("inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox inbox;
    private final CurrentUser user = CurrentUsers.require();
    private final Tab mine = new Tab(getTranslation("inbox.mine"));
    private final Tab group = new Tab(getTranslation("inbox.group"));
    private final Tab all = new Tab(getTranslation("inbox.all"));
    private final Map<Tab, Scope> scopes = Map.of(mine, Scope.MINE, group, Scope.GROUP, all, Scope.ALL);
    private final Tabs tabs = new Tabs(mine, group, all);
    private final ComboBox<Matter> matter = new ComboBox<>(getTranslation("filter.matter"), Matter.values());
    private final Select<Warning> warning = new Select<>();
    private final TextField q = new TextField(getTranslation("filter.q"));
    private final Select<TaskInbox.Sort> sort = new Select<>();
    final Grid<TaskItem> grid = new Grid<>();

    public InboxView(TaskInbox inbox) {
        this.inbox = inbox;
        addClassName("inbox-view");
        tabs.setId("inbox-scope");
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.inbox")), tabs, filters(), grid);
        configureGrid();
        setSizeFull();
        Paging.lazy(grid, this::rows);
    }

    /** The tasks of the chosen tab and filters: the grid's rows and the export's (the same service call). */
    private PageResult<TaskItem> rows(PageRequest page) {
        return inbox.queue(user, scope(), matter.getValue(), warning.getValue(), q.getValue(), sort.getValue(), page);
    }

    Scope scope() {
        return scopes.getOrDefault(tabs.getSelectedTab(), Scope.MINE);
    }

    private FlexLayout filters() {
        matter.setItemLabelGenerator(m -> Texts.label("matter", m, m.label()));
        matter.setClearButtonVisible(true);
        warning.setLabel(getTranslation("filter.warning"));
        warning.setItems(Warning.values());
        warning.setEmptySelectionAllowed(true);
        warning.setEmptySelectionCaption(getTranslation("filter.any"));
        warning.setRenderer(new ComponentRenderer<>(w -> w == null ? new com.vaadin.flow.component.html.Span(
                getTranslation("filter.any")) : Badges.warning(w)));
        q.setValueChangeMode(ValueChangeMode.LAZY);
        q.setClearButtonVisible(true);
        q.setPlaceholder(getTranslation("filter.q.placeholder"));
        sort.setLabel(getTranslation("filter.sort"));
        sort.setItems(TaskInbox.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("sort." + s.name()));
        sort.setValue(TaskInbox.Sort.DUE);
        matter.addValueChangeListener(e -> refresh());
        warning.addValueChangeListener(e -> refresh());
        q.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(matter, warning, q, sort,
                XlsxDownload.link("待办任务", "待办任务", ListColumns.TASKS, this::rows));
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return bar;
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(t -> Badges.warning(t.warning())).setHeader(getTranslation("col.warning"))
                .setKey("warning").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskItem::caseNo).setHeader(getTranslation("col.caseNo")).setKey("caseNo").setAutoWidth(true);
        grid.addColumn(TaskItem::name).setHeader(getTranslation("col.step")).setKey("name").setAutoWidth(true);
        grid.addColumn(t -> Texts.label("matter", t.matter(), t.matterLabel())).setHeader(getTranslation("col.matter"))
                .setKey("matter");
        grid.addColumn(TaskItem::applicantName).setHeader(getTranslation("col.applicant")).setKey("applicant");
        grid.addColumn(t -> Texts.format(t.due())).setHeader(getTranslation("col.due")).setKey("due").setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("inbox.unclaimed") : t.assignee())
                .setHeader(getTranslation("col.assignee")).setKey("assignee").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("col.actions")).setKey("actions")
                .setWidth("10em").setFlexGrow(0).setFrozenToEnd(true);
        grid.setSizeFull();
    }

    private HorizontalLayout actions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("row-actions");
        if (task.assignee() == null) {
            actions.add(button("inbox.claim", "claim", () -> {
                inbox.claim(user, task.id());
                Problems.success(getTranslation("inbox.claimed", task.caseNo()));
            }));
        } else if (task.assignee().equals(user.username())) {
            actions.add(button("inbox.unclaim", "unclaim", () -> inbox.unclaim(user, task.id())));
        }
        Button work = new Button(getTranslation("inbox.work"), e -> getUI().ifPresent(ui ->
                ui.navigate("cases/" + task.caseNo(), com.vaadin.flow.router.QueryParameters.of("task", task.id()))));
        work.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        work.addClassName("work");
        actions.add(work);
        return actions;
    }

    private Button button(String key, String className, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            Problems.attempt(action);
            refresh();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.addClassName(className);
        return WriteButtons.guard(b);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " · " + getTranslation("app.title");
    }
}
