package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The API's refusals (API.md "Conventions"): RFC 9457 problem details with the right status. */
@IntegrationTest
class ApiErrorsTest {

    @LocalServerPort int port;
    @Autowired CaseService cases;
    @Autowired TaskService taskService;
    @Autowired Users users;

    static Map<String, Object> institution(String name, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        body.put("creditCode", creditCode);
        body.put("type", "ELDERLY_CARE");
        body.put("township", "勐焕街道");
        body.put("address", "芒市");
        body.put("beds", 30);
        body.put("ownership", "PRIVATE");
        body.put("profit", "NON_PROFIT");
        body.put("hasInternalMedical", false);
        return body;
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type " + response.getHeaders().getContentType()).isTrue();
        JsonNode body = Http.json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
    }

    @Test
    void without_credentials_the_api_answers_401_with_a_problem() {
        ResponseEntity<String> r = Http.anonymous(port).get().uri("/api/v1/me").retrieve().toEntity(String.class);
        assertProblem(r, 401);
        assertThat(r.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void the_public_endpoints_and_the_health_check_need_no_login_but_the_rest_does() {
        assertThat(Http.anonymous(port).get().uri("/actuator/health/liveness").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(Http.anonymous(port).get().uri("/api/v1/tasks").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(Http.as(port, "health1", "wrong-password").get().uri("/api/v1/me").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(Http.as(port, "health1").get().uri("/api/v1/me").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void only_an_admin_may_call_the_engine_rest_api() {
        assertProblem(Http.as(port, "health1").get().uri("/engine-rest/task").retrieve().toEntity(String.class), 403);
        assertThat(Http.as(port, "admin").get().uri("/engine-rest/task?maxResults=1").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void only_an_admin_may_replace_a_calendar_year() {
        ResponseEntity<String> r = Http.as(port, "applicant1").put().uri("/api/v1/calendar/years/2026")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "papers", java.util.List.of(), "days", java.util.List.of()))
                .retrieve().toEntity(String.class);
        assertProblem(r, 403);
        assertThat(Http.as(port, "admin").get().uri("/api/v1/calendar/years/2026").retrieve().toEntity(String.class)
                .getBody()).contains("2026-10-01"); // and nothing was changed
    }

    @Test
    void invalid_input_is_400_with_one_error_per_field_in_the_callers_language() {
        Map<String, Object> body = institution(null, "91350100M000100Y44");
        ResponseEntity<String> zh = Http.as(port, "admin").post().uri("/api/v1/institutions")
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
        assertProblem(zh, 400);
        JsonNode problem = Http.json(zh);
        assertThat(StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asText()))
                .contains("creditCode", "name");
        assertThat(problem.path("title").asText()).isEqualTo("输入有误");
        assertThat(zh.getBody()).contains("统一社会信用代码校验不通过");

        ResponseEntity<String> en = Http.as(port, "admin").post().uri("/api/v1/institutions")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
        assertProblem(en, 400);
        assertThat(Http.json(en).path("title").asText()).isEqualTo("Invalid input");
        assertThat(en.getBody()).contains("Unified social credit code");
    }

    @Test
    void claiming_a_task_someone_else_claimed_is_409() {
        CurrentUser applicant = users.get("applicant1");
        CaseInfo draft = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院",
                "认领冲突");
        CaseInfo c = cases.submit(applicant, draft.id(), "test-inbox", CaseStatus.PENDING_ACCEPTANCE, Map.of());
        String taskId = taskService.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult().getId();

        ResponseEntity<String> first = Http.as(port, "health1").post().uri("/api/v1/tasks/{id}/claim", taskId)
                .retrieve().toEntity(String.class);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        assertThat(Http.json(first).path("assignee").asText()).isEqualTo("health1");

        ResponseEntity<String> second = Http.as(port, "health2").post().uri("/api/v1/tasks/{id}/claim", taskId)
                .retrieve().toEntity(String.class);
        assertProblem(second, 409);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("health1");
    }

    @Test
    void saving_an_institution_with_an_old_version_is_409_and_changes_nothing() {
        var admin = Http.as(port, "admin");
        ResponseEntity<String> created = admin.post().uri("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .body(institution("版本测试养老院", TestCodes.creditCode())).retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode c = Http.json(created);
        long id = c.path("id").asLong();
        int version = c.path("version").asInt();

        Map<String, Object> edit = institution("版本测试养老院（改名）", c.path("creditCode").asText());
        edit.put("version", version);
        ResponseEntity<String> ok = admin.put().uri("/api/v1/institutions/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(edit).retrieve().toEntity(String.class);
        assertThat(ok.getStatusCode().value()).as(ok.getBody()).isEqualTo(200);
        assertThat(Http.json(ok).path("version").asInt()).isEqualTo(version + 1);

        Map<String, Object> stale = institution("版本测试养老院（过期）", c.path("creditCode").asText());
        stale.put("version", version);
        ResponseEntity<String> conflict = Http.as(port, "health-lead").put().uri("/api/v1/institutions/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(stale).retrieve().toEntity(String.class);
        assertProblem(conflict, 409);
        assertThat(Http.json(admin.get().uri("/api/v1/institutions/{id}", id).retrieve().toEntity(String.class))
                .path("name").asText()).isEqualTo("版本测试养老院（改名）");
    }

    @Test
    void another_applicants_case_is_404_as_if_it_did_not_exist() {
        CurrentUser applicant1 = users.get("applicant1");
        CaseInfo draft = cases.createDraft(applicant1, Matter.CLINIC_FILING, applicant1.institutionId(),
                "芒市中心敬老院", "他人案件");
        ResponseEntity<String> own = Http.as(port, "applicant1").get().uri("/api/v1/cases/{no}", draft.caseNo())
                .retrieve().toEntity(String.class);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
        assertThat(Http.json(own).path("caseNo").asText()).isEqualTo(draft.caseNo());

        ResponseEntity<String> other = Http.as(port, "applicant2").get().uri("/api/v1/cases/{no}", draft.caseNo())
                .retrieve().toEntity(String.class);
        assertProblem(other, 404);
        ResponseEntity<String> unknown = Http.as(port, "applicant2").get().uri("/api/v1/cases/{no}",
                "NSBA-533103-2026-999999").retrieve().toEntity(String.class);
        assertProblem(unknown, 404);
        assertThat(Http.json(other).path("title").asText()).isEqualTo(Http.json(unknown).path("title").asText());
        // a draft is not the department's business yet either
        assertProblem(Http.as(port, "health1").get().uri("/api/v1/cases/{no}", draft.caseNo()).retrieve()
                .toEntity(String.class), 404);
    }
}
