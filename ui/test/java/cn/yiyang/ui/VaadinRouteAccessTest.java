package cn.yiyang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.AccountService;
import cn.yiyang.reliability.Accounts;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import cn.yiyang.ui.security.AccessDeniedView;
import com.vaadin.flow.component.Component;
import cn.yiyang.ui.support.Problems;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every Vaadin route × anonymous and every kind of staff and applicant (issue 14). The routes are read from the
 * product's route registry and from the {@code @Route} classes on the class path, so a new view without a row here
 * fails the test with the row to add, and a view without an access annotation fails too.
 *
 * <p>A cell: {@code ok} the page opens; {@code login} an anonymous browser is sent to /login (real HTTP, 302);
 * {@code no} the view's access annotation refuses the account (Vaadin's {@link AccessAnnotationChecker}, and the
 * navigation does not reach the view); {@code 403} the annotation lets the account in but the view's service refuses
 * it, shown as the 403 page {@link AccessDeniedView}; {@code empty} the page opens but every grid on it is empty or its
 * rows are refused by the service (nothing is shown). Logged-in cells navigate in browserless Vaadin (Karibu) with the
 * account's real principal; the anonymous column is fetched over HTTP, as a browser would.
 */
@IntegrationTest
class VaadinRouteAccessTest {

    static final List<String> COLUMNS = List.of("ANON", "ADMIN", "APPLICANT", "WINDOW", "REVIEWER", "LEADER", "CIVIL",
            "CIVIL_LEAD", "PLANNING", "CONSTRUCTION", "FIRE", "GOV", "GOV_LEAD", "FINANCE", "INSPECTOR", "SUPERVISOR");
    static final List<String> WHO = Arrays.asList(null, "admin", "applicant1", "window1", "health1", "health-lead",
            "civil1", "civil-lead", "planning1", "construction1", "fire1", "gov1", Accounts.GOV_LEADER,
            Accounts.FINANCE_REVIEWER, "inspector1", "supervisor1");

    @LocalServerPort int port;
    @Autowired WebApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired Users users;
    final Map<String, String> ids = new LinkedHashMap<>();

    record Row(String template, String path, String expected) {
    }

    /**
     * The matrix, one line per route template; {@code {name}} in a path is a fixture id.
     * Columns:                                        ANON  ADMIN APPL WIN REV LEAD CIV CIVL PLAN CONS FIRE GOV GOVL FIN INSP SUP
     */
    List<Row> rows() {
        return List.of(
                // the home page forwards applicants to 我的申请 and staff to 待办
                row("", "/",                                   "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("login", "/login",                         "ok    ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("my-cases", "/my-cases",                   "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("cases", "/cases",                         "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                // the page opens for everyone logged in; what a case shows is the services' (AccessMatrixTest)
                row("cases/:caseNo", "/cases/{case}",          "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("inbox", "/inbox",                         "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("done", "/done",                           "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("institutions", "/institutions",           "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("licences", "/licences",                   "login ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                // the parties, CIVIL, HEALTH, FINANCE, the leaders of both and the supervisor; not the window, not the
                // bureaus of the single window only
                // (empty: the page opens but the service refuses its list, as the API answers 403 — reported, issue 14)
                row("agreements", "/agreements",               "login ok ok empty ok ok ok ok empty empty empty empty empty ok ok ok"),
                // the bureaus' reviewers and leaders, the supervisor and ADMIN
                row("indicators", "/indicators",               "login ok 403 403 ok ok ok ok ok ok ok ok ok ok 403 ok"),
                // 驾驶舱: the leaders, the leading group's office and ADMIN
                row("dashboard", "/dashboard",                 "login ok 403 403 403 ok 403 ok 403 403 403 403 ok 403 403 ok"),
                row("filing/:___url_parameter?", "/filing",    "login no ok no no no no no no no no no no no no no"),
                row("licence/:___url_parameter?", "/licence",  "login no ok no no no no no no no no no no no no no"),
                row("single-window/:___url_parameter?", "/single-window",
                                                               "login no ok no no no no no no no no no no no no no"),
                row("admin/accounts", "/admin/accounts",       "login ok no no no no no no no no no no no no no no"),
                row("admin/audit", "/admin/audit",             "login ok no no no no no no no no no no no no no no"),
                row("admin/calendar", "/admin/calendar",       "login ok no no no no no no no no no no no no no no"),
                row("inspection/plans", "/inspection/plans",   "login ok no no no ok no ok no no no no ok no ok ok"),
                row("inspection/plans/new", "/inspection/plans/new",
                                                               "login no no no no no no no no no no no no no no ok"),
                row("inspection/plans/:planId/draw", "/inspection/plans/{plan}/draw",
                                                               "login ok no no no ok no ok no no no no ok no ok ok"),
                row("public/registry", "/public/registry",     "ok    ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("public/check-items", "/public/check-items", "ok  ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("public/inspections", "/public/inspections", "ok  ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"),
                row("public/progress", "/public/progress",     "ok    ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok"));
    }

    static Row row(String template, String path, String expected) {
        return new Row(template, path, expected);
    }

    @BeforeEach
    void setUp() {
        Accounts.ensure(accounts, users);
        ids.put("case", jdbc.queryForObject("select max(c.case_no) from case_file c join account a "
                + "on a.institution_id = c.institution_id where a.username = 'applicant1'", String.class));
        ids.put("plan", jdbc.queryForObject("select min(id) from inspection_plan", String.class));
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    /** The route classes on the class path: every class of the product annotated {@code @Route}. */
    private static Set<Class<?>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scan.findCandidateComponents("cn.yiyang").stream().map(b -> {
            try {
                return (Class<?>) Class.forName(b.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.toSet());
    }

    /** The routes the running product registered, template → view. */
    private Map<String, Class<? extends Component>> registeredRoutes() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(ctx.getServletContext()));
        Map<String, Class<? extends Component>> out = new LinkedHashMap<>();
        for (RouteData r : registry.getRegisteredRoutes()) {
            out.put(r.getTemplate(), r.getNavigationTarget());
        }
        return out;
    }

    @Test
    void every_route_class_carries_an_access_annotation() {
        Set<Class<?>> classes = routeClasses();
        assertThat(classes).as("the scan finds the views").hasSizeGreaterThan(20);
        List<String> bare = classes.stream().filter(c -> !c.isAnnotationPresent(AnonymousAllowed.class)
                && !c.isAnnotationPresent(PermitAll.class) && !c.isAnnotationPresent(RolesAllowed.class)
                && !c.isAnnotationPresent(DenyAll.class)).map(Class::getName).sorted().toList();
        assertThat(bare).as("views without @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll").isEmpty();
        List<String> errorViews = classes.stream().filter(HasErrorParameter.class::isAssignableFrom)
                .map(Class::getName).toList();
        assertThat(errorViews).as("an error view is never a route one could open directly").isEmpty();
    }

    @Test
    void every_route_of_the_product_has_a_row_in_the_route_matrix() {
        Map<String, Class<? extends Component>> registered = registeredRoutes();
        assertThat(new TreeSet<>(registered.values().stream().map(Class::getName).toList()))
                .as("the product registered exactly the @Route classes of the class path")
                .isEqualTo(new TreeSet<>(routeClasses().stream().map(Class::getName).toList()));
        Set<String> covered = rows().stream().map(Row::template).collect(Collectors.toSet());
        List<String> missing = registered.keySet().stream().filter(t -> !covered.contains(t))
                .map(t -> "row(\"" + t + "\", \"/" + t + "\", \"login … (one cell per " + String.join(" ", COLUMNS)
                        + ")\"),").toList();
        assertThat(missing).as("routes without a row in VaadinRouteAccessTest.rows(); add these rows").isEmpty();
        assertThat(covered.stream().filter(t -> !registered.containsKey(t)).toList())
                .as("rows for routes that no longer exist").isEmpty();
    }

    @Test
    void every_role_and_anonymous_get_exactly_the_expected_access_on_every_route() throws Exception {
        Map<String, Class<? extends Component>> registered = registeredRoutes();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        AccessAnnotationChecker annotations = new AccessAnnotationChecker();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows()) {
            String[] expected = row.expected().trim().split("\\s+");
            assertThat(expected).as(row.template() + ": one cell per column " + COLUMNS).hasSize(COLUMNS.size());
            Class<? extends Component> view = registered.get(row.template());
            assertThat(view).as("registered route " + row.template()).isNotNull();
            String path = fill(row.path());
            // anonymous: the real HTTP answer of the page
            HttpResponse<Void> r = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            String location = r.headers().firstValue("Location").orElse("");
            String anonymous = r.statusCode() == 302 && location.endsWith("/login") ? "login"
                    : r.statusCode() == 200 ? "ok" : r.statusCode() + " " + location;
            if (!anonymous.equals(expected[0])) {
                wrong.add(path + " as ANON: expected " + expected[0] + ", got " + anonymous);
            }
            cells++;
            for (int i = 1; i < COLUMNS.size(); i++) {
                String got = navigate(WHO.get(i), path.substring(1), view, annotations, expected[i]);
                if (!got.equals(expected[i])) {
                    wrong.add(path + " as " + COLUMNS.get(i) + " (" + WHO.get(i) + "): expected " + expected[i]
                            + ", got " + got);
                }
                cells++;
            }
        }
        assertThat(wrong).as("cells of the route matrix that differ (" + cells + " cells)").isEmpty();
    }

    /**
     * One logged-in cell: what the account's navigation to {@code location} ends in. The annotation's verdict and the
     * navigation's must agree: an annotation that refuses while the view still opens is a hole, reported as such.
     */
    private String navigate(String username, String location, Class<? extends Component> view,
                            AccessAnnotationChecker annotations, String expected) {
        KaribuSupport.start(ctx);
        try {
            KaribuSupport.login(ctx, username);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean allowed = annotations.hasAccess(view, auth, role -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            String reached;
            try {
                UI.getCurrent().navigate(location);
                List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
                Class<?> shown = chain.isEmpty() ? Void.class : chain.get(0).getClass();
                reached = shown == view || opensInstead(view, shown) ? "ok"
                        : shown == AccessDeniedView.class ? "403" : "error " + shown.getSimpleName();
                if (reached.equals("ok") && expected.equals("empty")) {
                    reached = shownRows(view);
                }
            } catch (RuntimeException e) {
                reached = "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (!allowed) {
                return reached.equals("ok") ? "HOLE: the annotation refuses but the view opened" : "no";
            }
            return reached;
        } finally {
            KaribuSupport.stop();
        }
    }

    /** "empty" when the view opened and none of its grids shows a row (refused or none), else what it shows. */
    private static String shownRows(Class<? extends Component> view) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty() || chain.get(0).getClass() != view) {
            return "error " + (chain.isEmpty() ? "nothing shown" : chain.get(0).getClass().getSimpleName());
        }
        int rows = 0;
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            try {
                rows += GridKt._size(grid);
            } catch (RuntimeException refused) {
                if (!(Problems.messageOf(refused).isPresent())) {
                    return "error " + refused;
                }
            }
        }
        return rows == 0 ? "empty" : "ok (" + rows + " rows shown)";
    }

    /** The home page forwards to the person's work list; the login page to home once logged in. */
    private static boolean opensInstead(Class<?> target, Class<?> shown) {
        return (target == HomeView.class || target == LoginView.class)
                && (shown == cn.yiyang.ui.cases.MyCasesView.class || shown == cn.yiyang.ui.inbox.InboxView.class
                || shown == LoginView.class && target == LoginView.class);
    }

    private String fill(String path) {
        String out = path;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(out).as("every fixture id of " + path + " is known").doesNotContain("{");
        return out;
    }
}
