package cn.yiyang.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.Api;
import cn.yiyang.support.Filings;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many callers at once on the same thing, over real HTTP against the real database: one winner, the rest a clean 409,
 * nothing duplicated and nothing silently overwritten (issue 9, "Concurrency").
 */
@IntegrationTest
class ConcurrencyTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;
    @Autowired AccountService accounts;
    @Autowired Users users;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** Runs every call at once (released together by a latch) on {@code threads} threads; answers in call order. */
    static <T> List<T> together(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Object> filing() {
        return Filings.body("并发测试医务室");
    }

    private String submittedFiling() {
        return Filings.submitted(api, data.applicantOf(InstitutionType.ELDERLY_CARE).username(), "并发测试医务室");
    }

    /** A fresh 卫健局 reviewer (password test-password-1, as {@link Api} expects of accounts starting with "t"). */
    private String healthReviewer() {
        String username = "trev" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        accounts.create(users.get("admin"), new AccountForm(username, "并发测试审查员", "test-password-1", "HEALTH", null,
                null, true, Set.of(Role.REVIEWER), null));
        return username;
    }

    @Test
    void sixteen_reviewers_claiming_and_completing_one_task_at_once_give_one_winner_and_fifteen_409s() throws Exception {
        String caseNo = submittedFiling();
        String taskId = api.taskId("health1", caseNo, "Task_CheckCompleteness");
        List<String> reviewers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            reviewers.add(healthReviewer());
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String reviewer : reviewers) {
            calls.add(() -> {
                Api.Response claim = api.post(reviewer, "/api/v1/tasks/" + taskId + "/claim", null);
                if (claim.status() != 200) {
                    return claim.status();
                }
                return api.complete(reviewer, taskId, "ACCEPT", "同意受理", Map.of()).status();
            });
        }
        List<Integer> statuses = together(16, calls);

        assertThat(statuses).as("answers of the 16 reviewers").filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).as("answers of the 16 reviewers").filteredOn(s -> s != 204).hasSize(15).containsOnly(409);
        long caseId = jdbc.queryForObject("select id from case_file where case_no = ?", Long.class, caseNo);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'TASK_COMPLETED'",
                Long.class, caseId)).as("one completion recorded").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'TASK_CLAIMED'",
                Long.class, caseId)).as("one claim recorded").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where ID_ = ? and END_TIME_ is not null",
                Long.class, taskId)).isEqualTo(1);
    }

    @Test
    void sixty_four_concurrent_filings_get_sixty_four_distinct_case_numbers() throws Exception {
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            applicants.add(data.applicantOf(InstitutionType.ELDERLY_CARE).username());
        }
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String applicant = applicants.get(i % applicants.size());
            calls.add(() -> api.post(applicant, "/api/v1/clinic-filings", filing()));
        }
        List<Api.Response> answers = together(16, calls);

        Set<String> numbers = new HashSet<>();
        for (Api.Response r : answers) {
            assertThat(r.status()).as(new String(r.raw())).isEqualTo(201);
            numbers.add(r.text("caseNo"));
        }
        assertThat(numbers).hasSize(64);
        assertThat(jdbc.queryForObject("select count(distinct case_no) from case_file where case_no in ("
                + String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")", Long.class)).isEqualTo(64);
    }

    @Test
    void sixteen_concurrent_duplicates_with_one_idempotency_key_create_one_case() throws Exception {
        CurrentUser applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        String key = UUID.randomUUID().toString();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> api.call(HttpMethod.POST, applicant.username(), "/api/v1/clinic-filings", filing(),
                    Map.of("Idempotency-Key", key)));
        }
        List<Api.Response> answers = together(16, calls);

        Set<String> numbers = new HashSet<>();
        for (Api.Response r : answers) {
            assertThat(r.status()).as(new String(r.raw())).isEqualTo(201);
            numbers.add(r.text("caseNo"));
        }
        assertThat(numbers).as("every duplicate answers the first case").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from case_file where institution_id = ?", Long.class,
                applicant.institutionId())).isEqualTo(1);
    }

    @Test
    void of_concurrent_edits_of_one_institution_from_the_same_version_one_wins_and_the_stale_ones_get_409() throws Exception {
        JsonNode created = api.post("admin", "/api/v1/institutions", institution("并发编辑养老院", TestData.creditCode(), 0))
                .body();
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> edit = institution("并发编辑养老院", created.get("creditCode").asText(), version);
            edit.put("beds", 100 + i);
            String editor = i % 2 == 0 ? "admin" : "health1";
            calls.add(() -> api.call(HttpMethod.PUT, editor, "/api/v1/institutions/" + id,
                    edit, Map.of()));
        }
        List<Api.Response> answers = together(8, calls);

        List<Api.Response> won = answers.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200).hasSize(7)
                .allSatisfy(r -> assertThat(r.status()).as(new String(r.raw())).isEqualTo(409));
        Map<String, Object> row = jdbc.queryForMap("select beds, version from institution where id = ?", id);
        assertThat(((Number) row.get("beds")).intValue()).as("the winner's write is the one kept")
                .isEqualTo(won.get(0).body().get("beds").asInt());
        assertThat(((Number) row.get("version")).intValue()).isEqualTo(version + 1);

        Api.Response stale = api.call(HttpMethod.PUT, "admin", "/api/v1/institutions/" + id,
                institution("过期修改", created.get("creditCode").asText(), version), Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(jdbc.queryForObject("select name from institution where id = ?", String.class, id))
                .isEqualTo("并发编辑养老院");
    }

    static Map<String, Object> institution(String name, String creditCode, int version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("type", "ELDERLY_CARE");
        body.put("township", "勐焕街道");
        body.put("address", "芒市");
        body.put("beds", 50);
        body.put("ownership", "PRIVATE");
        body.put("profit", "NON_PROFIT");
        body.put("hasInternalMedical", false);
        body.put("version", version);
        return body;
    }
}
