package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.PasswordPolicy;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product's web security over real HTTP, as a browser or a program meets it (issue 9, "Access"): login
 * throttling, session fixation, CSRF, security headers, the engine's REST API and the Camunda webapps, Actuator, the
 * password policy.
 */
@IntegrationTest
class WebSecurityTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /**
     * An expected status meaning "let through by security" (neither 401 nor 403): @SpringBootTest turns metrics export
     * off, so the Prometheus endpoint itself is absent in tests and answers a 404 problem; in the product, 200.
     */
    private static final int PASSES = -1;

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired Users users;
    @Autowired TestData data;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A browser: its own cookie jar, redirects not followed so each answer can be seen. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The form login of the UI (Vaadin's login view posts username and password to /login). */
        HttpResponse<String> login(String username, String password) throws Exception {
            get("/login");
            return postForm("/login", "username=" + enc(username) + "&password=" + enc(password));
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private int basic(String path, String username, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean loggedIn(HttpResponse<String> loginAnswer) {
        String to = loginAnswer.headers().firstValue("Location").orElse("");
        return loginAnswer.statusCode() == 302 && !to.contains("error") && !to.contains("login");
    }

    private String freshAccount() {
        String username = "tsec" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        accounts.create(users.get("admin"), new AccountForm(username, "安全测试账号", "test-password-1", "HEALTH", null,
                null, true, Set.of(Role.REVIEWER), null));
        return username;
    }

    @Test
    void five_wrong_passwords_over_http_basic_lock_the_account_even_for_the_right_one_until_the_lock_runs_out()
            throws Exception {
        clock.set(LocalDateTime.now().withNano(0));
        String username = freshAccount();
        assertThat(basic("/api/v1/me", username, "test-password-1")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic("/api/v1/me", username, "wrong-" + i)).isEqualTo(401);
        }
        assertThat(basic("/api/v1/me", username, "test-password-1")).as("locked: the right password is refused too")
                .isEqualTo(401);
        clock.advance(Duration.ofMinutes(16));
        assertThat(basic("/api/v1/me", username, "test-password-1")).as("the lock has run out").isEqualTo(200);
        assertThat(basic("/api/v1/me", username, "wrong-again")).as("a success cleared the count").isEqualTo(401);
        assertThat(basic("/api/v1/me", username, "test-password-1")).isEqualTo(200);
    }

    @Test
    void four_wrong_passwords_do_not_lock_and_a_success_clears_the_count() throws Exception {
        String username = freshAccount();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(basic("/api/v1/me", username, "wrong-" + i)).isEqualTo(401);
            }
            assertThat(basic("/api/v1/me", username, "test-password-1")).isEqualTo(200);
        }
    }

    @Test
    void five_wrong_passwords_in_the_login_form_lock_the_ui_login_too() throws Exception {
        clock.set(LocalDateTime.now().withNano(0));
        String username = freshAccount();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = new Browser().login(username, "wrong-" + i);
            assertThat(loggedIn(r)).as("wrong password " + i + ": " + r.headers().map()).isFalse();
        }
        HttpResponse<String> locked = new Browser().login(username, "test-password-1");
        assertThat(loggedIn(locked)).as("locked: " + locked.headers().map()).isFalse();
        assertThat(basic("/api/v1/me", username, "test-password-1")).as("the API is locked as well").isEqualTo(401);
        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> later = new Browser().login(username, "test-password-1");
        assertThat(loggedIn(later)).as("after the lock: " + later.headers().map()).isTrue();
    }

    @Test
    void logging_in_gives_a_new_session_id_and_the_old_one_stays_anonymous() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        String before = browser.session();
        assertThat(before).as("the login page opens a session").isNotNull();
        HttpResponse<String> r = browser.postForm("/login", "username=health1&password=demo");
        assertThat(loggedIn(r)).as(r.headers().map().toString()).isTrue();
        String after = browser.session();
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpClient attacker = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int withOld = attacker.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Cookie", "JSESSIONID=" + before)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int withNew = attacker.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Cookie", "JSESSIONID=" + after)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(withOld).as("the session id fixed before login is worth nothing").isEqualTo(401);
        assertThat(withNew).isEqualTo(200);
    }

    @Test
    void a_write_with_the_ui_session_but_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
        Browser browser = new Browser();
        assertThat(loggedIn(browser.login("admin", "demo"))).isTrue();
        assertThat(browser.get("/api/v1/me").statusCode()).as("the session reads").isEqualTo(200);
        String code = TestData.creditCode();
        HttpResponse<String> forged = browser.postJson("/api/v1/institutions", "{\"name\":\"跨站伪造养老院\",\"creditCode\":\""
                + code + "\",\"type\":\"ELDERLY_CARE\",\"township\":\"勐焕街道\",\"beds\":1,\"ownership\":\"PRIVATE\","
                + "\"profit\":\"NON_PROFIT\"}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/v1/institutions?q=" + code).body()).doesNotContain("跨站伪造养老院");
        HttpResponse<String> logout = browser.postForm("/logout", "");
        assertThat(logout.statusCode()).as("a forged logout").isEqualTo(403);
    }

    @Test
    void every_page_and_api_answer_carries_the_security_headers() throws Exception {
        Browser browser = new Browser();
        for (String path : new String[] {"/login", "/api/v1/public/registry", "/api/v1/me"}) {
            HttpResponse<String> r = browser.get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        }
        assertThat(loggedIn(browser.login("applicant1", "demo"))).isTrue();
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(cn.yiyang.identity.SecurityHeaders
                .CONTENT_SECURITY_POLICY);
    }

    @Test
    void the_engine_rest_api_and_the_camunda_webapps_are_for_the_admin_only() throws Exception {
        assertThat(basic("/engine-rest/engine", "admin", "demo")).isEqualTo(200);
        for (String user : new String[] {"health1", "health-lead", "supervisor1", "applicant1", "inspector1", "window1"}) {
            assertThat(basic("/engine-rest/engine", user, "demo")).as(user).isEqualTo(403);
            assertThat(basic("/engine-rest/process-instance", user, "demo")).as(user).isEqualTo(403);
        }
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/engine-rest/engine")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);

        Browser anonymous = new Browser();
        HttpResponse<String> r = anonymous.get("/camunda/app/cockpit/default/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/login");
        Browser reviewer = new Browser();
        assertThat(loggedIn(reviewer.login("health1", "demo"))).isTrue();
        assertThat(reviewer.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
        Browser admin = new Browser();
        assertThat(loggedIn(admin.login("admin", "demo"))).isTrue();
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().map().toString()).isIn(200, 302);
        assertThat(cockpit.headers().firstValue("Location").orElse("")).doesNotContain("login");
        assertThat(admin.get("/camunda/api/engine/engine/").statusCode()).isEqualTo(200);
        assertThat(reviewer.get("/camunda/api/engine/engine/").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> actuator(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) {
            String password = user.startsWith("t") ? "test-password-1" : "demo";
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void actuator_health_is_open_without_details_and_every_other_endpoint_is_admin_only_or_off() throws Exception {
        // health and its probes: open to anyone, the bare status only (a load balancer needs no more)
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            for (String user : new String[] {null, "applicant1", "health1"}) {
                HttpResponse<String> r = actuator(path, user);
                assertThat(r.statusCode()).as(path + " as " + user).isEqualTo(200);
                assertThat(r.body()).as(path + " as " + user).contains("\"status\":\"UP\"")
                        .doesNotContain("components", "details", "diskSpace", "db");
            }
        }
        assertThat(actuator("/actuator/health", "admin").body()).as("the admin sees the details").contains("components");
        // exposed: info and metrics for ADMIN, prometheus for ADMIN and the supervisor (README "Operations")
        List<String> staff = List.of("applicant1", "window1", "health1", "health-lead", "civil1", "inspector1", "gov1",
                "planning1");
        Map<String, Set<String>> readers = Map.of("/actuator", Set.of("admin"), "/actuator/info", Set.of("admin"),
                "/actuator/metrics", Set.of("admin"), "/actuator/metrics/jvm.memory.used", Set.of("admin"),
                "/actuator/prometheus", Set.of("admin", "supervisor1"));
        List<String> wrong = new java.util.ArrayList<>();
        for (Map.Entry<String, Set<String>> e : readers.entrySet()) {
            expect(wrong, e.getKey(), null, 401);
            for (String user : staff) {
                expect(wrong, e.getKey(), user, 403);
            }
            int open = e.getKey().equals("/actuator/prometheus") ? PASSES : 200;
            expect(wrong, e.getKey(), "supervisor1", e.getValue().contains("supervisor1") ? open : 403);
            expect(wrong, e.getKey(), "admin", open);
        }
        // not exposed at all: even the admin finds nothing (a 404 problem, not the UI's page); nobody else learns that
        for (String off : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown",
                "/actuator/scheduledtasks", "/actuator/httpexchanges"}) {
            expect(wrong, off, null, 401);
            expect(wrong, off, "health1", 403);
            expect(wrong, off, "supervisor1", 403);
            expect(wrong, off, "admin", 404);
        }
        assertThat(wrong).isEmpty();
    }


    /** The status, and for a refusal or an absent endpoint a problem document (never the UI's page). */
    private void expect(List<String> wrong, String path, String user, int status) throws Exception {
        HttpResponse<String> r = actuator(path, user);
        String type = r.headers().firstValue("Content-Type").orElse("");
        boolean ok = status == PASSES ? r.statusCode() != 401 && r.statusCode() != 403
                && (r.statusCode() == 200 || type.startsWith("application/problem+json"))
                : r.statusCode() == status && (status < 400 || type.startsWith("application/problem+json"));
        if (!ok) {
            wrong.add(path + " as " + user + ": expected " + status + ", got " + r.statusCode() + " " + type);
        }
    }

    @Test
    void new_passwords_follow_the_policy_and_a_weak_one_is_refused_on_create_and_change() {
        assertThat(PasswordPolicy.problem("zhang", "short1A")).isPresent();
        assertThat(PasswordPolicy.problem("zhang", "alllowercaseletters")).isPresent();
        assertThat(PasswordPolicy.problem("zhangsan", "Zhangsan-2026!")).hasValue("密码不能包含用户名");
        assertThat(PasswordPolicy.problem("zhang", "Yiyang-Care-2026")).isEmpty();
        assertThat(PasswordPolicy.problem("zhang", "p@ssw0rd1234")).hasValue("密码过于常见，请换一个");
        assertThat(PasswordPolicy.problem("zhang", "医养结合2026-芒市城区")).isEmpty();

        long institution = data.institution(InstitutionType.ELDERLY_CARE).id();
        String username = "tpol" + System.nanoTime() % 1_000_000_000L;
        assertThatThrownBy(() -> accounts.create(users.get("admin"), new AccountForm(username, "弱密码", "demo1234",
                null, institution, null, true, Set.of(Role.APPLICANT), null)))
                .isInstanceOf(FieldErrors.class);
        assertThat(accounts.find(username)).isEmpty();
        var created = accounts.create(users.get("admin"), new AccountForm(username, "强密码", "Yiyang-2026-ok",
                null, institution, null, true, Set.of(Role.APPLICANT), null));
        assertThatThrownBy(() -> accounts.update(users.get("admin"), created.id(), new AccountForm(username, "强密码",
                "12345678", null, institution, null, true, Set.of(Role.APPLICANT), created.version())))
                .isInstanceOf(FieldErrors.class);
    }
}
