package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * An address under {@code /api/} that no endpoint maps is a 404 problem document for a logged-in caller and a 401
 * problem for an anonymous one (it must log in before learning which addresses exist), never the UI's HTML page with
 * 200 (issue 14). Known addresses keep their answers, a known address with a wrong method its 405.
 */
@IntegrationTest
class UnknownApiPathTest {

    static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);
    static final List<String> UNKNOWN = List.of("/api/v1/no-such-thing", "/api/v1/cases/export.xlsx/no-such",
            "/api/v2/cases", "/api/no-such", "/api", "/api/", "/api/v1/tasks/1/no-such-action");

    @LocalServerPort int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Api.Response call(HttpMethod method, String user, String path) {
        Object body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : Map.of("name", "拼错的地址");
        return api.call(method, user, path, body, Map.of("Accept", "application/json"));
    }

    private static String describe(HttpMethod method, String path, Api.Response r) {
        String body = r.raw() == null ? "" : new String(r.raw(), StandardCharsets.UTF_8);
        return method + " " + path + " → " + r.status() + " " + r.contentType() + " "
                + (body.length() > 120 ? body.substring(0, 120) + "…" : body);
    }

    @Test
    void an_unknown_api_path_answers_a_logged_in_caller_404_with_a_problem_document_for_every_method() {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("health1", "applicant1", "admin")) {
            for (String path : UNKNOWN) {
                for (HttpMethod method : METHODS) {
                    Api.Response r = call(method, user, path);
                    boolean problem = r.status() == 404 && r.contentType() != null
                            && r.contentType().startsWith("application/problem+json") && r.body() != null
                            && r.body().path("status").asInt() == 404 && r.body().path("title").asText().equals("不存在")
                            && r.body().path("instance").asText().equals(path);
                    if (!problem) {
                        wrong.add(user + ": " + describe(method, path, r));
                    }
                }
            }
        }
        assertThat(wrong).as("unknown paths that did not answer a 404 problem").isEmpty();
    }

    @Test
    void an_unknown_api_path_asks_an_anonymous_caller_to_log_in_with_a_401_problem() {
        List<String> wrong = new ArrayList<>();
        for (String path : UNKNOWN) {
            for (HttpMethod method : METHODS) {
                Api.Response r = call(method, null, path);
                if (r.status() != 401 || r.contentType() == null || !r.contentType().startsWith("application/problem+json")
                        || r.body().path("status").asInt() != 401) {
                    wrong.add(describe(method, path, r));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_unknown_path_under_the_open_public_api_answers_anyone_404_with_a_problem_document() {
        for (String user : java.util.Arrays.asList(null, "applicant1")) {
            for (HttpMethod method : METHODS) {
                Api.Response r = call(method, user, "/api/v1/public/no-such-register");
                assertThat(r.status()).as(describe(method, "/api/v1/public/no-such-register", r)).isEqualTo(404);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body().path("status").asInt()).isEqualTo(404);
            }
        }
    }

    @Test
    void known_api_paths_keep_their_answers_and_a_wrong_method_on_one_still_answers_405() {
        assertThat(api.get("health1", "/api/v1/me").status()).isEqualTo(200);
        assertThat(api.get("health1", "/api/v1/me").text("username")).isEqualTo("health1");
        assertThat(api.get(null, "/api/v1/public/registry").status()).isEqualTo(200);
        Api.Response xlsx = api.get("admin", "/api/v1/institutions/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        Api.Response wrongMethod = api.call(HttpMethod.DELETE, "health1", "/api/v1/me", null, Map.of());
        assertThat(wrongMethod.status()).as(describe(HttpMethod.DELETE, "/api/v1/me", wrongMethod)).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        Api.Response missingCase = api.get("health1", "/api/v1/cases/NO-SUCH-CASE-1");
        assertThat(missingCase.status()).isEqualTo(404);
        assertThat(missingCase.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_ui_and_its_login_page_are_still_served_outside_the_api() {
        Api.Response login = api.get(null, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        Api.Response registry = api.get(null, "/public/registry");
        assertThat(registry.status()).isEqualTo(200);
        assertThat(registry.contentType()).startsWith("text/html");
    }
}
