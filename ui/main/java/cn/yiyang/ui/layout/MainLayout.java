package cn.yiyang.ui.layout;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.identity.Role;
import cn.yiyang.casework.Notices;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/** The frame of every view: a navigation that fits the role, the user, language and logout. */
@Layout
@AnonymousAllowed
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    public MainLayout(AuthenticationContext authentication, Notices notices) {
        CurrentUser user = CurrentUsers.find().orElse(null);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (user != null) {
            Span who = new Span(user.displayName() + "（" + user.roles().stream().map(Role::label).sorted()
                    .reduce((a, b) -> a + "、" + b).orElse("") + "）");
            who.addClassName("current-user");
            Button language = new Button(getLocale().getLanguage().equals("en") ? "中文" : "English",
                    e -> switchLanguage());
            language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                    e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout right = new HorizontalLayout(new NoticeBell(notices, user.username()), who, language, logout);
            right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            header.addAndExpand(new Span());
            header.add(right);
            addToDrawer(navigation(user));
        } else {
            addToDrawer(publicNavigation());
        }
        header.addClassName("app-header");
        addToNavbar(header);
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(CurrentUser user) {
        SideNav nav = new SideNav();
        if (user.isApplicant()) {
            nav.addItem(new SideNavItem(getTranslation("nav.myCases"), "my-cases", VaadinIcon.FOLDER_OPEN.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.singleWindow"), "single-window", VaadinIcon.OFFICE.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.done"), "done", VaadinIcon.CHECK_SQUARE_O.create()));
        if (!user.isApplicant()) {
            nav.addItem(new SideNavItem(getTranslation("nav.cases"), "cases", VaadinIcon.RECORDS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.registry"), "institutions", VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.licences"), "licences", VaadinIcon.DIPLOMA.create()));
        if (cn.yiyang.agreement.AgreementService.mayList(user)) {
            nav.addItem(new SideNavItem(getTranslation("nav.agreements"), "agreements", VaadinIcon.HANDSHAKE.create()));
        }
        if (cn.yiyang.reporting.DashboardService.mayView(user)) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "dashboard", VaadinIcon.DASHBOARD.create()));
        }
        if (!user.isApplicant() && user.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.REVIEWER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.indicators"), "indicators", VaadinIcon.BULLSEYE.create()));
        }
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.accounts"), "admin/accounts", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), "admin/calendar", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit", VaadinIcon.SHIELD.create()));
        }
        return nav;
    }

    /** 政务公开: the pages anyone may read without an account (routes under {@code public/}). */
    private SideNav publicNavigation() {
        SideNav nav = new SideNav(getTranslation("nav.public"));
        nav.addItem(new SideNavItem(getTranslation("nav.public.registry"), "public/registry", VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.public.checkItems"), "public/check-items", VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.public.inspections"), "public/inspections", VaadinIcon.CLIPBOARD_CHECK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.public.progress"), "public/progress", VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.login"), "login", VaadinIcon.SIGN_IN.create()));
        return nav;
    }

    private void switchLanguage() {
        Locale next = getLocale().getLanguage().equals("en") ? ZH : Locale.ENGLISH;
        VaadinSession.getCurrent().setLocale(next);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
