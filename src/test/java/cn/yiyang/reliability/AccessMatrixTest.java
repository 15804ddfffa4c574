package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.AccountService;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the REST API × every role and anonymous, over real HTTP. The endpoints are read from Spring MVC,
 * so a new endpoint without a row here fails the test with the row to add (issue 9, "Access").
 *
 * <p>A cell is {@code ok} (the caller passed the access checks: any answer but 401/403/404/405/5xx — a state
 * conflict 409, a 400 or a 422 from the business rules counts, the call was let through) or the exact refusal
 * {@code 401}/{@code 403}/{@code 404}. No cell may ever answer 5xx. Refusals of a row run before its allowed calls,
 * so an allowed write cannot turn a later refusal into a 409. Columns: see {@link #WHO}.
 */
@IntegrationTest
class AccessMatrixTest {

    /** The callers, in the order of a row's expectations. OWNER owns the fixture case; OTHER is another institution. */
    static final List<String> COLUMNS = List.of("ANON", "ADMIN", "OWNER", "OTHER", "WINDOW", "REVIEWER", "LEADER",
            "CIVIL", "INSPECTOR", "SUPERVISOR", "CIVIL_LEAD", "PLANNING", "CONSTRUCTION", "FIRE", "GOV", "GOV_LEAD",
            "FINANCE");
    /** The demo accounts, and two made here (the demo data has no 市政府 leader and no 财政局 account). */
    static final List<String> WHO = java.util.Arrays.asList(null, "admin", "applicant2", "applicant1", "window1",
            "health1", "health-lead", "civil1", "inspector1", "supervisor1", "civil-lead", "planning1", "construction1",
            "fire1", "gov1", Accounts.GOV_LEADER, Accounts.FINANCE_REVIEWER);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc;
    Api api;
    final Map<String, String> ids = new HashMap<>();

    record Row(String endpoint, String path, Supplier<Object> body, String expected) {
    }

    @Autowired AccountService accounts;
    @Autowired Users users;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Accounts.ensure(accounts, users);
    }

    /**
     * The matrix. One line per endpoint (more for different targets); {@code {name}} in a path is a fixture id.
     * Columns:                                                       ANON ADMIN OWNER OTHER WINDOW REVIEWER LEADER CIVIL INSPECTOR SUPERVISOR
     *                                                                CIVIL_LEAD PLANNING CONSTRUCTION FIRE GOV GOV_LEAD FINANCE
     */
    List<Row> rows() {
        return List.of(
                row("GET /api/v1/me", "/api/v1/me", null,                                          "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/audit/verify", "/api/v1/audit/verify", null,                       "401 ok  403 403 403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/calendar/due", "/api/v1/calendar/due?from=2026-01-05&days=5", null, "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/calendar/years", "/api/v1/calendar/years", null,                   "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/calendar/years/{year}", "/api/v1/calendar/years/2026", null,       "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                // an invalid year body: the ADMIN is let through to the validation (400), nothing changes
                row("PUT /api/v1/calendar/years/{year}", "/api/v1/calendar/years/2026", () -> Map.of("days", "x"),
                                                                                                     "401 ok  403 403 403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/institutions", "/api/v1/institutions?q=敬老院", null,               "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/institutions/{id}", "/api/v1/institutions/{ownInstitution}", null,  "401 ok  ok  404 ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("POST /api/v1/institutions", "/api/v1/institutions", AccessMatrixTest::institution,
                                                                                                     "401 ok  403 403 403 ok  ok  ok  403 403 | ok  403 403 403 403 403 403"),
                row("PUT /api/v1/institutions/{id}", "/api/v1/institutions/{ownInstitution}", this::staleInstitution,
                                                                                                     "401 ok  403 403 403 ok  ok  ok  403 403 | ok  403 403 403 403 403 403"),
                row("POST /api/v1/clinic-filings", "/api/v1/clinic-filings", ConcurrencyTest::filing,
                                                                                                     "401 403 ok  ok  403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/clinic-filings/{caseNo}", "/api/v1/clinic-filings/{case}", null,    "401 ok  ok  404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("GET /api/v1/cases", "/api/v1/cases?q=' or 1=1 --", null,                        "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                // staff see the cases of their matter's department: the window and 民政局 do not see a 卫健局 filing (404)
                row("GET /api/v1/cases/{caseNo}", "/api/v1/cases/{case}", null,                      "401 ok  ok  404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("GET /api/v1/cases/{caseNo}", "/api/v1/cases/{guessedCase}", null,               "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("GET /api/v1/cases/{caseNo}/materials/{id}", "/api/v1/cases/{case}/materials/{material}", null,
                                                                                                     "401 ok  ok  404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                // the other institution's own case number with A's material id: still not found
                row("GET /api/v1/cases/{caseNo}/materials/{id}", "/api/v1/cases/{otherCase}/materials/{material}", null,
                                                                                                     "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("GET /api/v1/cases/{caseNo}/documents/{id}", "/api/v1/cases/{docCase}/documents/{document}", null,
                                                                                                     "401 ok  ok  404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("GET /api/v1/cases/{caseNo}/documents/{id}", "/api/v1/cases/{otherCase}/documents/{document}", null,
                                                                                                     "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // the applicant's own writes: anyone else finds no such case of theirs (404), staff included
                row("POST /api/v1/cases/{caseNo}/materials", "/api/v1/cases/{case}/materials", null, "401 404 ok  404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("POST /api/v1/cases/{caseNo}/submit", "/api/v1/cases/{case}/submit", null,      "401 404 ok  404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("POST /api/v1/cases/{caseNo}/supplement", "/api/v1/cases/{case}/supplement", () -> Map.of("comment", "已补正"),
                                                                                                     "401 404 ok  404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("GET /api/v1/licence-applications/{caseNo}", "/api/v1/licence-applications/{licenceCase}", null,
                                                                                                     "401 ok  404 404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("POST /api/v1/licence-applications", "/api/v1/licence-applications", AccessMatrixTest::licenceApplication,
                                                                                                     "401 403 ok  ok  403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/licences", "/api/v1/licences", null,                                "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("POST /api/v1/licences/{registrationNo}/changes", "/api/v1/licences/{licence}/changes",
                        () -> Map.of("beds", 10, "reason", "扩建"),                                     "401 403 404 404 403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/tasks", "/api/v1/tasks?scope=all&q=' union select 1 --", null,      "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/tasks/done", "/api/v1/tasks/done", null,                            "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/tasks/{id}", "/api/v1/tasks/{task}", null,                          "401 403 404 404 403 ok  403 403 403 403 | 403 403 403 403 403 403 403"),
                // another department's reviewer (CIVIL) is refused with 403; applicants learn nothing (404)
                row("POST /api/v1/tasks/{id}/complete", "/api/v1/tasks/{task}/complete",
                        () -> Map.of("outcome", "NO_SUCH_OUTCOME"),                                     "401 403 404 404 403 ok  403 403 403 403 | 403 403 403 403 403 403 403"),
                row("POST /api/v1/tasks/{id}/claim", "/api/v1/tasks/{task}/claim", null,             "401 403 404 404 403 ok  403 403 403 403 | 403 403 403 403 403 403 403"),
                row("POST /api/v1/tasks/{id}/unclaim", "/api/v1/tasks/{task}/unclaim", null,         "401 403 404 404 403 ok  403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/check-items", "/api/v1/check-items", null,                          "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("POST /api/v1/check-items", "/api/v1/check-items", AccessMatrixTest::checkItem,  "401 ok  403 403 403 403 403 403 403 ok | 403 403 403 403 403 403 403"),
                row("PUT /api/v1/check-items/{code}", "/api/v1/check-items/{checkItem}", AccessMatrixTest::checkItem,
                                                                                                     "401 ok  403 403 403 403 403 403 403 ok | 403 403 403 403 403 403 403"),
                row("POST /api/v1/inspection-plans", "/api/v1/inspection-plans", AccessMatrixTest::plan,
                                                                                                     "401 403 403 403 403 403 403 403 403 ok | 403 403 403 403 403 403 403"),
                row("GET /api/v1/inspection-plans/{id}", "/api/v1/inspection-plans/{plan}", null,    "401 ok  404 404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("GET /api/v1/inspection-plans/{id}/inspections", "/api/v1/inspection-plans/{plan}/inspections", null,
                                                                                                     "401 ok  404 404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("POST /api/v1/inspection-plans/{id}/draw", "/api/v1/inspection-plans/{plan}/draw", () -> Map.of("seed", 7),
                                                                                                     "401 403 403 403 403 403 403 403 403 ok | 403 403 403 403 403 403 403"),
                row("POST /api/v1/inspection-plans/{id}/publish", "/api/v1/inspection-plans/{plan}/publish", null,
                                                                                                     "401 403 403 403 403 403 ok  403 403 403 | 403 403 403 403 403 403 403"),
                row("POST /api/v1/inspector-conflicts", "/api/v1/inspector-conflicts", this::conflict,
                                                                                                     "401 ok  403 403 403 403 403 403 ok  ok | 403 403 403 403 403 403 403"),
                row("GET /api/v1/draws/{id}", "/api/v1/draws/{draw}", null,                          "401 ok  404 404 404 ok  ok  404 ok  ok | 404 404 404 404 404 404 404"),
                row("GET /api/v1/public/cases/{caseNo}", "/api/v1/public/cases/{case}?creditCode={ownCreditCode}", null,
                                                                                                     "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/public/cases/{caseNo}", "/api/v1/public/cases/{case}?creditCode={otherCreditCode}", null,
                                                                                                     "404 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                row("GET /api/v1/public/registry", "/api/v1/public/registry", null,                  "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/public/check-items", "/api/v1/public/check-items", null,            "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/public/inspection-results", "/api/v1/public/inspection-results", null, "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/public/draws/{id}", "/api/v1/public/draws/{draw}", null,            "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                // exports: the same service call, so the same access as the list they export
                row("GET /api/v1/cases/export.xlsx", "/api/v1/cases/export.xlsx", null,             "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/tasks/export.xlsx", "/api/v1/tasks/export.xlsx", null,             "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/institutions/export.xlsx", "/api/v1/institutions/export.xlsx", null, "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/public/inspection-results/export.xlsx", "/api/v1/public/inspection-results/export.xlsx", null,
                                                                                                     "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                // 一个窗口: an applicant files; the window, the county government and the supervisor follow the case,
                // a department once it has a track (none yet: the window has not accepted)
                row("POST /api/v1/single-window-applications", "/api/v1/single-window-applications",
                        AccessMatrixTest::singleWindowApplication,                                     "401 403 ok  ok  403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/single-window-applications/{caseNo}", "/api/v1/single-window-applications/{swCase}", null,
                                                                                                     "401 ok  ok  404 ok  404 404 404 404 ok | 404 404 404 404 ok  ok  404"),
                // OTHER guessing OWNER's single-window number through the generic case API: not found
                row("GET /api/v1/cases/{caseNo}", "/api/v1/cases/{swCase}", null,                    "401 ok  ok  404 ok  404 404 404 404 ok | 404 404 404 404 ok  ok  404"),
                row("GET /api/v1/single-window-applications/{caseNo}", "/api/v1/single-window-applications/{swGuessedCase}", null,
                                                                                                     "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // only the county government's leader extends (GOV_LEAD is let through to the business rule's 422: no
                // department has a track yet); everyone else is refused
                row("POST /api/v1/single-window-applications/{caseNo}/extension", "/api/v1/single-window-applications/{swCase}/extension",
                        () -> Map.of("reason", "权限矩阵测试"),                                          "401 403 403 403 403 403 403 403 403 403 | 403 403 403 403 403 ok  403"),
                // 医养合作协议: the parties, CIVIL, HEALTH (FINANCE) and the supervisor; not the window
                row("POST /api/v1/agreements", "/api/v1/agreements", this::invalidAgreement,          "401 403 ok  ok  403 403 403 403 403 403 | 403 403 403 403 403 403 403"),
                row("GET /api/v1/agreements", "/api/v1/agreements", null,                            "401 ok  ok  ok  403 ok  ok  ok  ok  ok | ok  403 403 403 403 403 ok"),
                row("GET /api/v1/agreements/export.xlsx", "/api/v1/agreements/export.xlsx", null,    "401 ok  ok  ok  403 ok  ok  ok  ok  ok | ok  403 403 403 403 403 ok"),
                row("GET /api/v1/agreements/services", "/api/v1/agreements/services", null,          "401 ok  ok  ok  ok  ok  ok  ok  ok  ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/agreements/{caseNo}", "/api/v1/agreements/{agreementCase}", null,   "401 ok  ok  404 404 ok  ok  ok  ok  ok | ok  404 404 404 404 404 ok"),
                // OTHER guessing OWNER's agreement number, directly and through the generic case API: not found.
                // FINANCE reads the agreement through its own API but not through the generic case API (404 there):
                // stricter, not a hole (reported in issue 14)
                row("GET /api/v1/cases/{caseNo}", "/api/v1/cases/{agreementCase}", null,             "401 ok  ok  404 404 ok  ok  ok  ok  ok | ok  404 404 404 404 404 404"),
                row("GET /api/v1/agreements/{caseNo}", "/api/v1/agreements/{agreementGuessedCase}", null,
                                                                                                     "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // a clinic filing is no agreement, even to those who may see it
                row("GET /api/v1/agreements/{caseNo}", "/api/v1/agreements/{case}", null,            "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // only the institution that filed the agreement claims (a fee out of range: 422, nothing is created)
                row("POST /api/v1/agreements/{caseNo}/subsidy-claims", "/api/v1/agreements/{agreementCase}/subsidy-claims",
                        this::outOfRangeClaim,                                                         "401 404 ok  404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // a claim just submitted to 民政局: FINANCE has no payment step on it yet (404)
                row("GET /api/v1/agreements/subsidy-claims/{caseNo}", "/api/v1/agreements/subsidy-claims/{claimCase}", null,
                                                                                                     "401 ok  ok  404 404 404 404 ok  404 ok | ok  404 404 404 404 404 404"),
                row("GET /api/v1/agreements/subsidy-claims/{caseNo}", "/api/v1/agreements/subsidy-claims/{agreementCase}", null,
                                                                                                     "401 404 404 404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"),
                // targets and indicators: the bureaus' reviewers and leaders, the supervisor and ADMIN read them;
                // the target table is kept by ADMIN and the supervisor, a value entered by its responsible department
                // (an unknown township: a keeper is let through to the 400, nothing changes)
                row("GET /api/v1/targets", "/api/v1/targets?year=2026", null,                         "401 ok  403 403 403 ok  ok  ok  403 ok | ok  ok  ok  ok  ok  ok  ok"),
                row("PUT /api/v1/targets", "/api/v1/targets", AccessMatrixTest::target,              "401 ok  403 403 403 403 403 403 403 ok | 403 403 403 403 403 403 403"),
                row("GET /api/v1/indicators", "/api/v1/indicators?year=2026", null,                   "401 ok  403 403 403 ok  ok  ok  403 ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/indicators/export.xlsx", "/api/v1/indicators/export.xlsx", null,    "401 ok  403 403 403 ok  ok  ok  403 ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/indicators/{code}/townships", "/api/v1/indicators/FAMILY_DOCTOR_65/townships", null,
                                                                                                     "401 ok  403 403 403 ok  ok  ok  403 ok | ok  ok  ok  ok  ok  ok  ok"),
                row("GET /api/v1/indicators/{code}/trend", "/api/v1/indicators/FAMILY_DOCTOR_65/trend", null,
                                                                                                     "401 ok  403 403 403 ok  ok  ok  403 ok | ok  ok  ok  ok  ok  ok  ok"),
                // FAMILY_DOCTOR_65 is HEALTH's: CIVIL and the HEALTH inspector may not enter it
                row("PUT /api/v1/indicators/{code}/values", "/api/v1/indicators/FAMILY_DOCTOR_65/values",
                        AccessMatrixTest::indicatorValue,                                              "401 ok  403 403 403 ok  ok  403 403 ok | 403 403 403 403 403 403 403"),
                // the dashboard: the leading group's office, leaders and ADMIN
                row("GET /api/v1/dashboard/overdue", "/api/v1/dashboard/overdue", null,              "401 ok  403 403 403 403 ok  403 403 ok | ok  403 403 403 403 ok  403"),
                row("GET /api/v1/dashboard/overdue/{department}", "/api/v1/dashboard/overdue/HEALTH", null,
                                                                                                     "401 ok  403 403 403 403 ok  403 403 ok | ok  403 403 403 403 ok  403"),
                row("GET /api/v1/dashboard.pdf", "/api/v1/dashboard.pdf", null,                      "401 ok  403 403 403 403 ok  403 403 ok | ok  403 403 403 403 ok  403"),
                // last: the owner's allowed withdrawal ends the fixture case
                row("POST /api/v1/cases/{caseNo}/withdraw", "/api/v1/cases/{case}/withdraw", () -> Map.of("reason", "测试撤回"),
                                                                                                     "401 404 ok  404 404 404 404 404 404 404 | 404 404 404 404 404 404 404"));
    }

    static Row row(String endpoint, String path, Supplier<Object> body, String expected) {
        return new Row(endpoint, path, body, expected);
    }

    /** The API's endpoints as Spring MVC maps them, e.g. {@code GET /api/v1/cases/{caseNo}}. */
    private Set<String> endpoints() {
        Set<String> out = new TreeSet<>();
        mvc.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<?> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    out.add("ANY " + pattern);
                }
                methods.forEach(m -> out.add(m + " " + pattern));
            }
        });
        return out;
    }

    @Test
    void every_api_endpoint_has_a_row_in_the_access_matrix() {
        Set<String> covered = new LinkedHashSet<>();
        rows().forEach(r -> covered.add(r.endpoint()));
        List<String> missing = endpoints().stream().filter(e -> !covered.contains(e))
                .map(e -> "row(\"" + e + "\", \"" + e.substring(e.indexOf(' ') + 1) + "\", null, \"401 … (one cell per "
                        + String.join(" ", COLUMNS) + ")\"),").toList();
        assertThat(missing).as("endpoints without an expectation in AccessMatrixTest.rows(); add these rows").isEmpty();
        List<String> stale = covered.stream().filter(e -> !endpoints().contains(e)).toList();
        assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
    }

    @Test
    void every_role_and_anonymous_get_exactly_the_expected_access_on_every_endpoint() throws Exception {
        fixture();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : rows()) {
            String[] expected = row.expected().replace("|", " ").trim().split("\\s+");
            assertThat(expected).as(row.endpoint() + ": one cell per column " + COLUMNS).hasSize(COLUMNS.size());
            String path = fill(row.path());
            HttpMethod method = HttpMethod.valueOf(row.endpoint().substring(0, row.endpoint().indexOf(' ')));
            // refusals first (side by side: they change nothing), then one by one the callers who are let through
            List<Integer> refused = new ArrayList<>();
            List<Integer> allowed = new ArrayList<>();
            for (int i = 0; i < expected.length; i++) {
                (expected[i].equals("ok") ? allowed : refused).add(i);
            }
            List<Callable<String>> refusals = new ArrayList<>();
            for (int i : refused) {
                refusals.add(() -> check(row, method, path, i, expected[i]));
            }
            ConcurrencyTest.together(4, refusals).stream().filter(Objects::nonNull).forEach(wrong::add);
            for (int i : allowed) {
                String problem = check(row, method, path, i, expected[i]);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
            calls += expected.length;
        }
        assertThat(wrong).as("cells of the access matrix that differ (" + calls + " calls)").isEmpty();
        assertThat(api.get(null, "/actuator/health").status()).as("still healthy").isEqualTo(200);
    }

    /** One cell: null when the answer is the expected one, else what went wrong. */
    private String check(Row row, HttpMethod method, String path, int column, String expected) {
        Api.Response r = call(method, WHO.get(column), path, row);
        return matches(expected, r.status()) ? null : row.endpoint() + " " + path + " as " + COLUMNS.get(column)
                + " (" + WHO.get(column) + "): expected " + expected + ", got " + r.status() + " " + abbreviate(r);
    }

    private Api.Response call(HttpMethod method, String user, String path, Row row) {
        if (row.endpoint().endsWith("/materials") && method == HttpMethod.POST) {
            return user == null ? api.call(method, null, path, null, Map.of())
                    : api.upload(user, path, ids.get("materialCode"), "access.pdf", TestData.pdf());
        }
        return api.call(method, user, path, row.body() == null ? null : row.body().get(), Map.of());
    }

    private static boolean matches(String expected, int status) {
        if (status >= 500) {
            return false;
        }
        if (expected.equals("ok")) {
            return status != 401 && status != 403 && status != 404 && status != 405;
        }
        return Integer.parseInt(expected) == status;
    }

    private static String abbreviate(Api.Response r) {
        String body = r.raw() == null ? "" : new String(r.raw(), StandardCharsets.UTF_8);
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private String fill(String path) {
        String out = path;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(out).as("every fixture id of " + path + " is known").doesNotContain("{");
        return out;
    }

    /** OWNER's (applicant2's) fresh filing, submitted, with the check task open in the 卫健局 reviewers' queue. */
    private void fixture() {
        Api.Response created = api.post("applicant2", "/api/v1/clinic-filings", ConcurrencyTest.filing());
        assertThat(created.status()).isEqualTo(201);
        String caseNo = created.text("caseNo");
        String code = null;
        for (JsonNode m : api.get("applicant2", "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            code = m.get("code").asText();
            assertThat(api.upload("applicant2", "/api/v1/cases/" + caseNo + "/materials", code, "m.pdf", TestData.pdf())
                    .status()).isEqualTo(201);
        }
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        ids.put("case", caseNo);
        ids.put("materialCode", code);
        ids.put("material", jdbc.queryForObject("select max(m.id) from case_material m join case_file c on c.id = m.case_id "
                + "where c.case_no = ?", String.class, caseNo));
        ids.put("task", api.taskId("health1", caseNo, "Task_CheckCompleteness"));
        long own = jdbc.queryForObject("select institution_id from account where username = 'applicant2'", Long.class);
        long other = jdbc.queryForObject("select institution_id from account where username = 'applicant1'", Long.class);
        ids.put("ownInstitution", String.valueOf(own));
        ids.put("ownCreditCode", jdbc.queryForObject("select credit_code from institution where id = ?", String.class, own));
        ids.put("otherCreditCode", jdbc.queryForObject("select credit_code from institution where id = ?", String.class, other));
        ids.put("otherCase", jdbc.queryForObject("select max(case_no) from case_file where institution_id = ?", String.class, other));
        // a case number that would come next in A's series: guessing numbers finds nothing
        ids.put("guessedCase", caseNo.substring(0, caseNo.lastIndexOf('-') + 1) + "999999");
        Map<String, Object> doc = jdbc.queryForMap("select d.id, c.case_no from case_document d join case_file c "
                + "on c.id = d.case_id where c.institution_id = ? order by d.id limit 1", own);
        ids.put("document", String.valueOf(doc.get("id")));
        ids.put("docCase", String.valueOf(doc.get("case_no")));
        // a real application (other tests' bare case_file rows of the matter have no licence_application row)
        ids.put("licenceCase", jdbc.queryForObject("select max(c.case_no) from case_file c join licence_application a "
                + "on a.case_id = c.id where c.matter = 'LICENCE_2IN1' and c.institution_id not in (?, ?)",
                String.class, own, other));
        ids.put("licence", jdbc.queryForObject("select max(registration_no) from licence where institution_id not in (?, ?)",
                String.class, own, other));
        Map<String, Object> plan = jdbc.queryForMap("select p.id as plan, max(d.id) as draw from inspection_plan p "
                + "join inspection_draw d on d.plan_id = p.id group by p.id order by p.id limit 1");
        ids.put("plan", String.valueOf(plan.get("plan")));
        ids.put("draw", String.valueOf(plan.get("draw")));
        Map<String, Object> item = checkItem();
        assertThat(api.post("supervisor1", "/api/v1/check-items", item).status()).isEqualTo(201);
        ids.put("checkItem", (String) item.get("code"));
        ids.put("conflictInstitution", String.valueOf(data.institution(InstitutionType.ELDERLY_CARE).id()));
        singleWindowFixture();
        agreementFixture();
    }

    /** OWNER's single-window application, submitted, waiting for the window's completeness check. */
    private void singleWindowFixture() {
        Api.Response created = api.post("applicant2", "/api/v1/single-window-applications", singleWindowApplication());
        assertThat(created.status()).isEqualTo(201);
        String caseNo = created.text("caseNo");
        uploadAll("applicant2", caseNo);
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        ids.put("swCase", caseNo);
        ids.put("swGuessedCase", caseNo.substring(0, caseNo.lastIndexOf('-') + 1) + "999999");
    }

    /**
     * OWNER's agreement with a new hospital, submitted and confirmed by it (CIVIL and HEALTH acknowledge next), and
     * OWNER's subsidy claim on it, submitted to CIVIL.
     */
    private void agreementFixture() {
        Institution partner = data.institution(InstitutionType.MEDICAL);
        ids.put("partnerCreditCode", partner.creditCode());
        String hospital = data.applicantOf(partner, null).username();
        Map<String, Object> body = agreement(partner.creditCode(), "25000.00");
        Api.Response created = api.post("applicant2", "/api/v1/agreements", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseNo = created.text("caseNo");
        uploadAll("applicant2", caseNo);
        assertThat(api.post("applicant2", "/api/v1/cases/" + caseNo + "/submit", null).status()).isEqualTo(200);
        assertThat(api.complete(hospital, api.taskId(hospital, caseNo, "Task_PartnerConfirm"), "CONFIRM", "同意",
                Map.of()).status()).isIn(200, 204);
        ids.put("agreementCase", caseNo);
        ids.put("agreementGuessedCase", caseNo.substring(0, caseNo.lastIndexOf('-') + 1) + "999999");
        Api.Response claim = api.post("applicant2", "/api/v1/agreements/" + caseNo + "/subsidy-claims",
                Map.of("feePaid", "25000.00", "paidOn", LocalDate.now().toString()));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String claimNo = claim.text("caseNo");
        uploadAll("applicant2", claimNo);
        assertThat(api.post("applicant2", "/api/v1/cases/" + claimNo + "/submit", null).status()).isEqualTo(200);
        ids.put("claimCase", claimNo);
    }

    private void uploadAll(String user, String caseNo) {
        for (JsonNode m : api.get(user, "/api/v1/cases/" + caseNo).body().get("requiredMaterials")) {
            assertThat(api.upload(user, "/api/v1/cases/" + caseNo + "/materials", m.get("code").asText(), "m.pdf",
                    TestData.pdf()).status()).isEqualTo(201);
        }
    }

    static Map<String, Object> singleWindowApplication() {
        Map<String, Object> m = new HashMap<>();
        m.put("institutionName", "权限矩阵医养中心");
        m.put("creditCode", TestData.creditCode());
        m.put("projectType", "NEW_BUILD");
        m.put("beds", 120);
        m.put("propertyRegistered", true);
        m.put("landPlanningComplete", true);
        m.put("medicalPart", null);
        return m;
    }

    static Map<String, Object> agreement(String partnerCreditCode, String fee) {
        LocalDate start = LocalDate.now();
        return Map.of("partnerCreditCode", partnerCreditCode, "services", List.of("巡诊", "体检"), "annualFee", fee,
                "periodStart", start.toString(), "periodEnd", start.plusYears(1).minusDays(1).toString());
    }

    /** Overlaps the fixture agreement: an applicant is let through to the 422, nothing is created. */
    private Object invalidAgreement() {
        return agreement(ids.get("partnerCreditCode"), "25000.00");
    }

    private Object outOfRangeClaim() {
        return Map.of("feePaid", "10000.00", "paidOn", LocalDate.now().toString());
    }

    static Map<String, Object> target() {
        return Map.of("indicatorCode", "FAMILY_DOCTOR_65", "year", 2026, "township", "无此乡镇", "target", 50,
                "department", "HEALTH");
    }

    static Map<String, Object> indicatorValue() {
        return Map.of("year", 2026, "quarter", 1, "township", "无此乡镇", "value", 50, "source", "权限矩阵测试");
    }

    static Map<String, Object> institution() {
        Map<String, Object> body = ConcurrencyTest.institution("权限矩阵养老院", TestData.creditCode(), 0);
        body.remove("version");
        return body;
    }

    /** A stale edit (version -1): a keeper passes the access check and gets 409, so the registry stays as it is. */
    private Object staleInstitution() {
        return ConcurrencyTest.institution("权限矩阵养老院", ids.get("ownCreditCode"), -1);
    }

    static Map<String, Object> checkItem() {
        return new HashMap<>(Map.of("code", "T-ACL-" + System.nanoTime() % 1_000_000_000L, "name", "医疗废物处置",
                "basis", "《医疗废物管理条例》", "department", "HEALTH", "method", "现场查看"));
    }

    static Map<String, Object> plan() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "权限矩阵抽查计划");
        body.put("department", "HEALTH");
        body.put("items", List.of("MED-SERVICE"));
        body.put("population", Map.of("type", "ELDERLY_CARE", "township", "无此乡镇"));
        body.put("proportion", 0.5);
        body.put("inspectorsPerTarget", 2);
        body.put("periodStart", LocalDate.now().plusMonths(1).toString());
        body.put("periodEnd", LocalDate.now().plusMonths(2).toString());
        return body;
    }

    private Object conflict() {
        return Map.of("inspector", "inspector1", "institutionId", Long.parseLong(ids.get("conflictInstitution")),
                "reason", "权限矩阵测试");
    }

    static Map<String, Object> licenceApplication() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "芒市康乐护理院");
        m.put("category", "护理院");
        m.put("grade", "LEVEL_1");
        m.put("kind", "NURSING_HOME_HOSPITAL");
        m.put("ownership", "PRIVATE");
        m.put("profit", "NON_PROFIT");
        m.put("beds", 120);
        m.put("departments", List.of("内科", "康复医学科"));
        m.put("serviceTarget", "社会");
        m.put("registeredCapital", "3000000.00");
        m.put("legalRepresentative", "杨荣海");
        m.put("address", "芒市勐焕街道团结大道 20 号");
        return m;
    }
}
