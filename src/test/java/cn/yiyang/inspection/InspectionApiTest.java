package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** 双随机 through the API: the catalogue, plans and their approval, the draw with its withdrawals and its public record. */
@IntegrationTest
class InspectionApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InspectionFixture fixture;
    @Autowired AccountService accounts;
    @Autowired Users users;
    @Autowired cn.yiyang.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void the_check_item_catalogue_from_the_seeds_is_listed_for_staff_and_published_without_login() {
        List<String> codes = api.get("inspector1", "/api/v1/check-items").body().findValuesAsText("code");
        assertThat(codes).contains("MED-SERVICE", "COOP-AGREEMENT", "FAMILY-DOCTOR", "GREEN-CHANNEL", "ELDERLY-FIRST",
                "HEALTH-RECORDS", "STAFF-QUALIFICATION", "FIRE-SAFETY");
        Api.Response published = api.get(null, "/api/v1/public/check-items");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().findValuesAsText("code")).isEqualTo(codes);
        assertThat(published.body().get(0).get("basis").asText()).isNotBlank();
    }

    @Test
    void only_an_admin_or_supervisor_adds_and_edits_check_items() {
        String code = "T-" + System.nanoTime() % 1_000_000;
        Map<String, Object> item = Map.of("code", code, "name", "医疗废物处置", "basis", "《医疗废物管理条例》",
                "department", "HEALTH", "method", "现场查看");
        assertThat(api.post("applicant1", "/api/v1/check-items", item).status()).isEqualTo(403);
        assertThat(api.post("inspector1", "/api/v1/check-items", item).status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/v1/check-items", item).status()).isEqualTo(201);
        assertThat(api.post("supervisor1", "/api/v1/check-items", item).status()).isEqualTo(409);
        Map<String, Object> edited = new HashMap<>(item);
        edited.put("name", "医疗废物分类收集与处置");
        Api.Response put = api.call(org.springframework.http.HttpMethod.PUT, "admin", "/api/v1/check-items/" + code,
                edited, Map.of());
        assertThat(put.status()).as(InspectionFixture.text(put)).isEqualTo(200);
        assertThat(api.get(null, "/api/v1/public/check-items").body().findValuesAsText("name"))
                .contains("医疗废物分类收集与处置");
        Api.Response invalid = api.post("supervisor1", "/api/v1/check-items", Map.of("code", "bad code",
                "name", "", "basis", "x", "department", "NOWHERE", "method", "x"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(invalid)).contains("code", "name");
    }

    @Test
    void only_a_supervisor_creates_a_plan() {
        String township = fixture.township(1).get(0).township();
        for (String user : List.of("applicant1", "inspector1", "health-lead", "admin")) {
            assertThat(api.post(user, "/api/v1/inspection-plans", InspectionFixture.plan(township, 0.5, 2)).status()).as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void a_plan_needs_at_least_two_inspectors_per_target_a_proportion_in_0_1_known_items_and_an_ordered_period() {
        Map<String, Object> body = InspectionFixture.plan("任意镇", 0, 1);
        body.put("items", List.of("MED-SERVICE", "NO-SUCH-ITEM"));
        body.put("periodEnd", "2026-11-01");
        Api.Response r = api.post("supervisor1", "/api/v1/inspection-plans", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(r)).contains("inspectorsPerTarget", "proportion");
        assertThat(InspectionFixture.text(r)).contains("第四十二条");

        Map<String, Object> later = InspectionFixture.plan("任意镇", 1.5, 2);
        later.put("items", List.of("MED-SERVICE", "NO-SUCH-ITEM", "FIRE-SAFETY"));
        later.put("periodEnd", "2026-11-01");
        Api.Response r2 = api.post("supervisor1", "/api/v1/inspection-plans", later);
        assertThat(r2.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(r2)).contains("proportion");

        Map<String, Object> semantic = InspectionFixture.plan("任意镇", 0.5, 2);
        semantic.put("items", List.of("MED-SERVICE", "NO-SUCH-ITEM", "FIRE-SAFETY"));
        semantic.put("periodEnd", "2026-11-01");
        Api.Response r3 = api.post("supervisor1", "/api/v1/inspection-plans", semantic);
        assertThat(r3.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(r3)).contains("items", "periodEnd");
        assertThat(InspectionFixture.text(r3)).contains("NO-SUCH-ITEM", "FIRE-SAFETY");
    }

    @Test
    void a_plan_is_a_case_of_matter_inspection_that_only_the_department_leader_approves_before_the_draw() {
        String township = fixture.township(2).get(0).township();
        Api.Response created = api.post("supervisor1", "/api/v1/inspection-plans", InspectionFixture.plan(township, 0.5, 2));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("caseNo")).startsWith("SJJC-533103-");
        assertThat(created.text("status")).isEqualTo("PENDING_APPROVAL");
        long id = created.body().get("id").asLong();

        Api.Response early = InspectionFixture.draw(api, "supervisor1", id, 1);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("code")).isEqualTo("PLAN_NOT_APPROVED");

        String taskId = api.taskId("health-lead", created.text("caseNo"), "Task_ApprovePlan");
        for (String user : List.of("inspector1", "supervisor1", "inspector3")) {
            assertThat(api.complete(user, taskId, "APPROVE", null, Map.of()).status()).as(user).isEqualTo(403);
        }
        assertThat(api.complete("health-lead", taskId, "APPROVE", "同意", Map.of()).status()).isEqualTo(204);
        assertThat(api.get("supervisor1", "/api/v1/inspection-plans/" + id).text("status")).isEqualTo("APPROVED");
        assertThat(api.get("supervisor1", "/api/v1/cases/" + created.text("caseNo")).text("matter"))
                .isEqualTo("INSPECTION");
    }

    @Test
    void a_refused_plan_is_closed_and_cannot_be_drawn() {
        String township = fixture.township(1).get(0).township();
        Api.Response created = api.post("supervisor1", "/api/v1/inspection-plans", InspectionFixture.plan(township, 1, 2));
        String taskId = api.taskId("health-lead", created.text("caseNo"), "Task_ApprovePlan");
        assertThat(api.complete("health-lead", taskId, "REFUSE", null, Map.of()).status()).isEqualTo(400);
        assertThat(api.complete("health-lead", taskId, "REFUSE", "抽查事项与年度计划重复", Map.of()).status())
                .isEqualTo(204);
        long id = created.body().get("id").asLong();
        assertThat(api.get("supervisor1", "/api/v1/inspection-plans/" + id).text("status")).isEqualTo("REFUSED");
        assertThat(InspectionFixture.draw(api, "supervisor1", id, 1).status()).isEqualTo(422);
    }

    @Test
    void a_weighted_plan_weights_up_institutions_that_failed_before_and_keeps_the_weights_in_the_public_record() {
        List<Institution> members = fixture.township(3);
        long first = InspectionFixture.approvedPlan(api, members.get(0).township(), 1);
        InspectionFixture.draw(api, "supervisor1", first, 11);
        JsonNode failing = api.get("supervisor1", "/api/v1/inspection-plans/" + first + "/inspections").body().get(0);
        String caseNo = failing.get("caseNo").asText();
        api.complete(failing.get("inspectorA").asText(), api.taskId(failing.get("inspectorA").asText(), caseNo,
                "Task_Inspect"), "SUBMIT", null, Map.of("answers", InspectionFixture.ITEMS.stream().map(i ->
                Map.of("item", i, "result", "FAIL", "note", "不符合")).toList()));
        api.complete(failing.get("inspectorB").asText(), api.taskId(failing.get("inspectorB").asText(), caseNo,
                "Task_CoSign"), "SIGN", null, Map.of());

        // a year on: the two inspectors no longer withdraw for having inspected these institutions (12 months)
        clock.set(java.time.LocalDateTime.now().plusMonths(13));
        Map<String, Object> body = new java.util.HashMap<>(InspectionFixture.plan(members.get(0).township(), 0.34, 2));
        body.put("weighted", true);
        Api.Response created = api.post("supervisor1", "/api/v1/inspection-plans", body);
        assertThat(created.body().get("weighted").asBoolean()).isTrue();
        api.complete("health-lead", api.taskId("health-lead", created.text("caseNo"), "Task_ApprovePlan"), "APPROVE",
                "同意", Map.of());
        Api.Response drawn = InspectionFixture.draw(api, "supervisor1", created.body().get("id").asLong(), 42);
        assertThat(drawn.status()).as(InspectionFixture.text(drawn)).isEqualTo(201);
        long failedId = failing.get("institutionId").asLong();
        JsonNode published = api.get(null, "/api/v1/public/draws/" + drawn.body().get("id").asLong()).body();
        assertThat(published.get("weights").get(String.valueOf(failedId)).asInt()).isEqualTo(3);
        assertThat(published.get("weights")).hasSize(1);
        assertThat(published.get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_draw_takes_the_proportion_rounded_up_with_two_inspectors_each_and_is_kept_once_and_published() {
        List<Institution> members = fixture.township(5);
        long id = InspectionFixture.approvedPlan(api, members.get(0).township(), 0.5);
        assertThat(InspectionFixture.draw(api, "inspector1", id, 20261201).status()).isEqualTo(403);

        Api.Response r = InspectionFixture.draw(api, "supervisor1", id, 20261201);
        assertThat(r.status()).as(InspectionFixture.text(r)).isEqualTo(201);
        assertThat(r.body().get("seed").asLong()).isEqualTo(20261201);
        assertThat(r.body().get("population").asInt()).isEqualTo(5);
        JsonNode targets = r.body().get("targets");
        assertThat(targets).hasSize(3);
        List<Long> ids = members.stream().map(Institution::id).toList();
        for (JsonNode t : targets) {
            assertThat(ids).contains(t.get("institutionId").asLong());
            assertThat(t.get("inspectors")).hasSize(2);
            assertThat(t.get("inspectorNames").get(0).asText()).isNotBlank();
        }
        assertThat(r.body().get("intact").asBoolean()).isTrue();

        Api.Response again = InspectionFixture.draw(api, "supervisor1", id, 7);
        assertThat(again.status()).as("a plan is drawn once").isEqualTo(409);
        assertThat(api.get("supervisor1", "/api/v1/inspection-plans/" + id).text("status")).isEqualTo("DRAWN");

        long drawId = r.body().get("id").asLong();
        Api.Response published = api.get(null, "/api/v1/public/draws/" + drawId);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.text("sha256")).isEqualTo(r.text("sha256")).hasSize(64);
        assertThat(published.body().get("targets")).hasSize(3);
        assertThat(InspectionFixture.text(published)).doesNotContain("inspector1", "inspector2", "supervisor1")
                .contains("何军（卫健执法）");
    }

    @Test
    void the_same_seed_over_the_same_population_and_pool_draws_the_same_targets_and_inspectors() {
        String township = fixture.township(6).get(0).township();
        Api.Response first = InspectionFixture.draw(api, "supervisor1", InspectionFixture.approvedPlan(api, township, 0.5), 99);
        Api.Response second = InspectionFixture.draw(api, "supervisor1", InspectionFixture.approvedPlan(api, township, 0.5), 99);
        assertThat(second.body().get("targets")).isEqualTo(first.body().get("targets"));
        assertThat(second.body().get("populationIds")).isEqualTo(first.body().get("populationIds"));
    }

    @Test
    void the_draw_record_cannot_be_changed_or_deleted_in_the_database() {
        String township = fixture.township(1).get(0).township();
        long drawId = InspectionFixture.draw(api, "supervisor1", InspectionFixture.approvedPlan(api, township, 1), 5).body().get("id").asLong();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("update inspection_draw set seed = 6 where id = ?", drawId))
                .isInstanceOf(DataAccessException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("delete from inspection_draw where id = ?", drawId))
                .isInstanceOf(DataAccessException.class);
        assertThat(api.get("supervisor1", "/api/v1/draws/" + drawId).body().get("seed").asLong()).isEqualTo(5);
    }

    @Test
    void an_inspector_who_declared_a_conflict_is_withdrawn_and_the_record_names_the_reason_but_not_the_detail() {
        String extra = "tinsp" + System.nanoTime() % 1_000_000_000L;
        accounts.create(users.get("admin"), new AccountForm(extra, "测试执法员", "test-password-1", "HEALTH", null,
                null, true, Set.of(Role.INSPECTOR), null));
        Institution target = fixture.township(1).get(0);
        Map<String, Object> conflict = Map.of("inspector", "inspector1", "institutionId", target.id(),
                "reason", "配偶在该机构任职");
        assertThat(api.post("inspector2", "/api/v1/inspector-conflicts", conflict).status()).as("not for others")
                .isEqualTo(403);
        assertThat(api.post("inspector1", "/api/v1/inspector-conflicts", Map.of("inspector", "inspector1"))
                .status()).isEqualTo(400);
        assertThat(api.post("inspector1", "/api/v1/inspector-conflicts", conflict).status()).isEqualTo(201);
        try {
            Api.Response r = InspectionFixture.draw(api, "supervisor1", InspectionFixture.approvedPlan(api, target.township(), 1), 3);
            assertThat(r.status()).as(InspectionFixture.text(r)).isEqualTo(201);
            assertThat(r.body().get("targets").get(0).get("inspectors").toString()).doesNotContain("\"inspector1\"");
            JsonNode exclusion = r.body().get("exclusions").get(0);
            assertThat(exclusion.get("inspector").asText()).isEqualTo("inspector1");
            assertThat(exclusion.get("reason").asText()).isEqualTo("DECLARED_CONFLICT");
            assertThat(exclusion.get("detail").asText()).isEqualTo("配偶在该机构任职");
            String published = InspectionFixture.text(api.get(null, "/api/v1/public/draws/" + r.body().get("id").asLong()));
            assertThat(published).contains("DECLARED_CONFLICT", "何军（卫健执法）").doesNotContain("配偶");
        } finally {
            jdbc.update("update account set enabled = false where username = ?", extra);
        }
    }

    @Test
    void an_inspector_who_completed_a_step_of_the_institutions_case_in_the_past_year_is_withdrawn_and_a_short_pool_refuses_the_draw() {
        Institution target = fixture.township(1).get(0);
        jdbc.update("""
                insert into case_file (case_no, matter, region_code, status, institution_id, applicant_name, created_by,
                                       created_at) values (?, 'CLINIC_FILING', '533103', 'CLOSED', ?, ?, 'test', ?)""",
                "NSBA-533103-2026-T" + System.nanoTime() % 100000, target.id(), target.name(),
                LocalDateTime.now().minusMonths(3));
        Long caseId = jdbc.queryForObject("select max(id) from case_file where institution_id = ?", Long.class,
                target.id());
        // every 卫健 inspector but inspector1 handled that case: one left, fewer than the two a target needs
        List<String> involved = jdbc.queryForList("""
                select a.username from account a join account_role r on r.account_id = a.id
                 where r.role = 'INSPECTOR' and a.department_code = 'HEALTH' and a.username <> 'inspector1'""",
                String.class);
        for (String inspector : involved) {
            jdbc.update("""
                    insert into case_step (case_id, task_id, task_key, name, started_at, ended_at, outcome, completed_by)
                    values (?, ?, 'Task_Register', '登记备案', ?, ?, 'APPROVE', ?)""", caseId,
                    "test-" + System.nanoTime(), LocalDateTime.now().minusMonths(3), LocalDateTime.now().minusMonths(3),
                    inspector);
        }
        long plan = InspectionFixture.approvedPlan(api, target.township(), 1);
        Api.Response r = InspectionFixture.draw(api, "supervisor1", plan, 11);
        assertThat(r.status()).as(InspectionFixture.text(r)).isEqualTo(422);
        assertThat(r.text("code")).isEqualTo("POOL_TOO_SMALL");
        assertThat(api.get("supervisor1", "/api/v1/inspection-plans/" + plan).text("status"))
                .as("a refused draw changes nothing").isEqualTo("APPROVED");
    }

    @Test
    void a_draw_without_a_seed_is_a_bad_request() {
        long plan = InspectionFixture.approvedPlan(api, fixture.township(1).get(0).township(), 1);
        Api.Response r = api.post("supervisor1", "/api/v1/inspection-plans/" + plan + "/draw", Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(InspectionFixture.fields(r)).contains("seed");
    }
}
