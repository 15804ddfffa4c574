package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.support.Api;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Townships of their own (so a population belongs to one test), plans approved by the HEALTH LEADER, draws. */
@Component
class InspectionFixture {

    static final List<String> ITEMS = List.of("MED-SERVICE", "GREEN-CHANNEL", "STAFF-QUALIFICATION");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final InstitutionService institutions;
    private final Users users;

    InspectionFixture(InstitutionService institutions, Users users) {
        this.institutions = institutions;
        this.users = users;
    }

    List<Institution> township(int n) {
        String township = "抽查测试镇" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        List<Institution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(institutions.create(users.get("admin"), new InstitutionForm(township + "敬老院" + i,
                    TestData.creditCode(), InstitutionType.ELDERLY_CARE, township, null, 30, Ownership.PUBLIC,
                    Profit.NON_PROFIT, false, null)));
        }
        return out;
    }

    static Map<String, Object> plan(String township, Object proportion, Object perTarget) {
        Map<String, Object> population = new HashMap<>();
        population.put("type", "ELDERLY_CARE");
        population.put("township", township);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "2026年医养结合双随机抽查（" + township + "）");
        body.put("department", "HEALTH");
        body.put("items", ITEMS);
        body.put("population", population);
        body.put("proportion", proportion);
        body.put("inspectorsPerTarget", perTarget);
        body.put("periodStart", "2026-12-01");
        body.put("periodEnd", "2026-12-31");
        return body;
    }

    /** A plan the HEALTH LEADER has approved; returns its id. */
    static long approvedPlan(Api api, String township, Object proportion) {
        Api.Response created = api.post("supervisor1", "/api/v1/inspection-plans", plan(township, proportion, 2));
        assertThat(created.status()).as(text(created)).isEqualTo(201);
        Api.Response done = api.complete("health-lead", api.taskId("health-lead", created.text("caseNo"),
                "Task_ApprovePlan"), "APPROVE", "同意", Map.of());
        assertThat(done.status()).as(text(done)).isEqualTo(204);
        return created.body().get("id").asLong();
    }

    static Api.Response draw(Api api, String user, long planId, long seed) {
        return api.post(user, "/api/v1/inspection-plans/" + planId + "/draw", Map.of("seed", seed));
    }

    static String text(Api.Response r) {
        return r.raw() == null ? "" : new String(r.raw(), StandardCharsets.UTF_8);
    }

    static List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.body().get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
