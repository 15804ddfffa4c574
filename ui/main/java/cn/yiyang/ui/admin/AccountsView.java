package cn.yiyang.ui.admin;

import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Department;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** 账号管理 (ADMIN): search accounts, create and edit them. */
@Route("admin/accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final InstitutionService institutions;
    private final CurrentUser user = CurrentUsers.require();
    private final List<Department> departments;
    private final TextField q = new TextField(getTranslation("filter.q"));
    private final Grid<Account> grid = new Grid<>();

    public AccountsView(AccountService accounts, InstitutionService institutions) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.departments = accounts.departments();
        q.setValueChangeMode(ValueChangeMode.LAZY);
        q.setClearButtonVisible(true);
        q.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("account.create"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout bar = new FlexLayout(q, create);
        bar.addClassName("filter-bar");
        grid.setId("account-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.displayName")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> Texts.label("role", r, r.label())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> departments.stream().filter(d -> d.code().equals(a.departmentCode())).map(Department::name)
                .findFirst().orElse("")).setHeader(getTranslation("account.department")).setAutoWidth(true);
        grid.addColumn(Account::institutionName).setHeader(getTranslation("account.institution"));
        grid.addColumn(a -> a.enabled() ? "✓" : "✗").setHeader(getTranslation("account.enabled")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button b = new Button(getTranslation("action.edit"), e -> edit(a));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return b;
        }).setHeader(getTranslation("col.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        Paging.lazy(grid, page -> accounts.search(user, q.getValue(), page));
        add(new H2(getTranslation("nav.accounts")), bar, grid);
        setSizeFull();
    }

    private void edit(Account existing) {
        Institution current = existing == null || existing.institutionId() == null ? null
                : institutions.get(user, existing.institutionId());
        new AccountEditor(existing, departments, current,
                query -> institutions.search(user, query.getFilter().orElse(null), null, null,
                        new PageRequest(query.getOffset() / Math.max(1, query.getLimit()), query.getLimit()))
                        .items().stream(),
                form -> existing == null ? accounts.create(user, form) : accounts.update(user, existing.id(), form),
                () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts") + " · " + getTranslation("app.title");
    }
}
