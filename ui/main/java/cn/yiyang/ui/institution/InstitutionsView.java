package cn.yiyang.ui.institution;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.XlsxDownload;
import cn.yiyang.reporting.ListColumns;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;

/** 机构名录: search the registry; keepers (ADMIN, HEALTH/CIVIL reviewers and leaders) create and edit. */
@Route("institutions")
@PermitAll
public class InstitutionsView extends VerticalLayout implements HasDynamicTitle {

    private final InstitutionService institutions;
    private final CurrentUser user = CurrentUsers.require();
    private final TextField q = new TextField(getTranslation("filter.q"));
    private final ComboBox<InstitutionType> type = new ComboBox<>(getTranslation("institution.type"),
            InstitutionType.values());
    private final ComboBox<String> township = new ComboBox<>(getTranslation("institution.township"));
    final Grid<Institution> grid = new Grid<>();
    private final List<String> townships;

    public InstitutionsView(InstitutionService institutions) {
        this.institutions = institutions;
        this.townships = institutions.townships(user.regionCode());
        addClassName("institutions-view");
        q.setValueChangeMode(ValueChangeMode.LAZY);
        q.setClearButtonVisible(true);
        type.setItemLabelGenerator(t -> Texts.label("institutionType", t, t.label()));
        type.setClearButtonVisible(true);
        township.setItems(townships);
        township.setClearButtonVisible(true);
        q.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        township.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(q, type, township, XlsxDownload.link("机构名录", "机构名录",
                ListColumns.INSTITUTIONS, this::rows));
        bar.addClassName("filter-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (keeper()) {
            Button create = new Button(getTranslation("institution.create"), VaadinIcon.PLUS.create(),
                    e -> edit(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("institution-create");
            bar.add(create);
        }
        configureGrid();
        add(new H2(getTranslation("nav.registry")), bar, grid);
        setSizeFull();
    }

    boolean keeper() {
        return user.has(Role.ADMIN) || (user.hasAny(Role.REVIEWER, Role.LEADER)
                && Set.of("HEALTH", "CIVIL").contains(user.departmentCode()));
    }

    private void configureGrid() {
        grid.setId("institution-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Institution::name).setHeader(getTranslation("institution.name")).setAutoWidth(true);
        grid.addColumn(Institution::creditCode).setHeader(getTranslation("institution.creditCode")).setAutoWidth(true);
        grid.addColumn(i -> Texts.label("institutionType", i.type(), i.type().label()))
                .setHeader(getTranslation("institution.type")).setAutoWidth(true);
        grid.addColumn(Institution::township).setHeader(getTranslation("institution.township")).setAutoWidth(true);
        grid.addColumn(Institution::beds).setHeader(getTranslation("institution.beds")).setAutoWidth(true);
        grid.addColumn(i -> i.hasInternalMedical() ? "✓" : "").setHeader(getTranslation("institution.medical"))
                .setAutoWidth(true);
        if (keeper()) {
            grid.addComponentColumn(i -> {
                Button b = new Button(getTranslation("action.edit"), e -> edit(i));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return b;
            }).setHeader(getTranslation("col.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        Paging.lazy(grid, this::rows);
    }

    private void edit(Institution existing) {
        new InstitutionEditor(existing, townships, form -> existing == null ? institutions.create(user, form)
                : institutions.update(user, existing.id(), form), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.registry") + " · " + getTranslation("app.title");
    }

    /** The registry's rows for the current search: the grid's and the export's (the same access-checked call). */
    private PageResult<Institution> rows(PageRequest page) {
        return institutions.search(user, q.getValue(), type.getValue(), township.getValue(), page);
    }
}
