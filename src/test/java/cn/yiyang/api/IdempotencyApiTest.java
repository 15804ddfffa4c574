package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency-Key on creating writes (API.md "Conventions"). */
@IntegrationTest
class IdempotencyApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private ResponseEntity<String> post(String key, Map<String, Object> body) {
        return Http.as(port, "admin").post().uri("/api/v1/institutions").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private long rows(String creditCode) {
        return jdbc.queryForObject("select count(*) from institution where credit_code = ?", Long.class, creditCode);
    }

    @Test
    void the_same_key_and_body_twice_creates_one_institution_and_answers_the_same_id() {
        String key = UUID.randomUUID().toString();
        String code = TestCodes.creditCode();
        Map<String, Object> body = ApiErrorsTest.institution("幂等测试养老院", code);
        ResponseEntity<String> first = post(key, body);
        ResponseEntity<String> second = post(key, body);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(201);
        assertThat(Http.json(second).path("id").asLong()).isEqualTo(Http.json(first).path("id").asLong());
        assertThat(rows(code)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        String code = TestCodes.creditCode();
        String otherCode = TestCodes.creditCode();
        assertThat(post(key, ApiErrorsTest.institution("幂等测试养老院", code)).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> reused = post(key, ApiErrorsTest.institution("另一家养老院", otherCode));
        assertThat(reused.getStatusCode().value()).as(reused.getBody()).isEqualTo(422);
        assertThat(Http.json(reused).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(rows(otherCode)).isZero();
    }

    @Test
    void eight_concurrent_requests_with_one_key_create_exactly_one_row() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = TestCodes.creditCode();
        Map<String, Object> body = ApiErrorsTest.institution("并发幂等养老院", code);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<ResponseEntity<String>> call = () -> {
                    start.await();
                    return post(key, body);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<ResponseEntity<String>> f : futures) {
                ResponseEntity<String> r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
                ids.add(Http.json(r).path("id").asLong());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(rows(code)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
