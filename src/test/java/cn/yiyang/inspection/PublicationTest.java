package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.casework.Notices;
import cn.yiyang.institution.Institution;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.JobExecutorTimers;
import cn.yiyang.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 一公开 as the LEADER's step: the last signature ends the inspection and starts 20 working days on the plan case;
 * the result goes yellow, then red; the overdue timer tells the leader and the supervisor and leaves the task open.
 */
@IntegrationTest
class PublicationTest {

    @LocalServerPort int port;
    @Autowired InspectionFixture fixture;
    @Autowired CalendarService calendar;
    @Autowired ManagementService management;
    @Autowired JobExecutorTimers jobExecutor;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired Notices notices;
    @Autowired TestClock clock;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Two drawn targets: [planId, planCaseNo, then per target caseNo, inspectorA, inspectorB]. */
    private List<String> drawn() {
        Institution one = fixture.township(2).get(0);
        long plan = InspectionFixture.approvedPlan(api, one.township(), 1);
        assertThat(InspectionFixture.draw(api, "supervisor1", plan, 3).status()).isEqualTo(201);
        JsonNode planJson = api.get("supervisor1", "/api/v1/inspection-plans/" + plan).body();
        List<String> out = new java.util.ArrayList<>(List.of(String.valueOf(plan), planJson.get("caseNo").asText()));
        for (JsonNode i : api.get("supervisor1", "/api/v1/inspection-plans/" + plan + "/inspections").body()) {
            out.addAll(List.of(i.get("caseNo").asText(), i.get("inspectorA").asText(), i.get("inspectorB").asText()));
        }
        return out;
    }

    private void sign(List<String> t, int target) {
        String caseNo = t.get(2 + 3 * target);
        String a = t.get(3 + 3 * target);
        String b = t.get(4 + 3 * target);
        assertThat(api.complete(a, api.taskId(a, caseNo, "Task_Inspect"), "SUBMIT", null, Map.of("answers",
                InspectionFixture.ITEMS.stream().map(i -> Map.of("item", i, "result", "PASS")).toList())).status())
                .isEqualTo(204);
        assertThat(api.complete(b, api.taskId(b, caseNo, "Task_CoSign"), "SIGN", null, Map.of()).status())
                .isEqualTo(204);
    }

    private JsonNode planCase(List<String> t) {
        return api.get("health-lead", "/api/v1/cases/" + t.get(1)).body();
    }

    private List<String> warned(String warning, String caseNo) {
        return api.get("supervisor1", "/api/v1/cases?warning=" + warning + "&q=" + caseNo).body().get("items")
                .findValuesAsText("caseNo");
    }

    @Test
    void the_last_signature_ends_the_inspection_and_gives_the_leader_20_working_days_to_publish_as_a_task() {
        List<String> t = drawn();
        sign(t, 0);
        assertThat(api.get("health-lead", "/api/v1/tasks?scope=all&q=" + t.get(1)).body().get("items")).isEmpty();
        assertThat(planCase(t).path("deadline").path("due").isTextual()).as("no publication clock yet").isFalse();

        sign(t, 1);
        LocalDate due = calendar.due(calendar.today(), 20).due();
        assertThat(planCase(t).get("deadline").get("due").asText()).isEqualTo(due.toString());
        assertThat(planCase(t).get("status").asText()).isEqualTo("PENDING_DECISION");
        String task = api.taskId("health-lead", t.get(1), "Task_Publish");
        assertThat(api.complete("civil-lead", task, "PUBLISH", null, Map.of()).status()).isIn(403, 404);
        assertThat(api.complete("health-lead", task, "PUBLISH", null, Map.of()).status()).isEqualTo(204);
        assertThat(planCase(t).get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.get(null, "/api/v1/public/inspection-results?year=" + LocalDate.now().getYear()).body()
                .findValuesAsText("caseNo")).contains(t.get(2), t.get(5));
        assertThat(api.post("health-lead", "/api/v1/inspection-plans/" + t.get(0) + "/publish", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void an_unpublished_result_goes_yellow_then_red_and_the_overdue_timer_tells_the_leader_and_keeps_the_task() {
        List<String> t = drawn();
        sign(t, 0);
        sign(t, 1);
        LocalDate due = LocalDate.parse(planCase(t).get("deadline").get("due").asText());
        assertThat(warned("YELLOW", t.get(1))).isEmpty();
        clock.set(due.atTime(9, 0));
        assertThat(warned("YELLOW", t.get(1))).containsExactly(t.get(1));
        clock.set(due.plusDays(1).atTime(0, 5));
        assertThat(warned("RED", t.get(1))).containsExactly(t.get(1));

        String publication = runtime.createProcessInstanceQuery().processInstanceBusinessKey(t.get(1))
                .processDefinitionKey("inspection-publication").singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(publication).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(due.plusDays(1).atStartOfDay(
                java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        jobExecutor.fire(timer.getId());
        assertThat(notices.recent("health-lead", 5)).anyMatch(n -> n.title().equals("抽查结果逾期未公开：" + t.get(1)));
        assertThat(notices.recent("supervisor1", 5)).anyMatch(n -> n.title().equals("抽查结果逾期未公开：" + t.get(1)));

        // late, but still the leader's to publish
        Api.Response published = api.post("health-lead", "/api/v1/inspection-plans/" + t.get(0) + "/publish",
                Map.of());
        assertThat(published.status()).as(InspectionFixture.text(published)).isEqualTo(200);
        assertThat(published.body().get("publishedAt").isNull()).isFalse();
        assertThat(LocalDateTime.now(clock).toLocalDate()).isAfter(due);
    }
}
