package cn.yiyang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark at the tiny scale on the shared test context: it must finish and report every figure. Speed is
 * never asserted. The start-up of the jar is the one figure left out here (the jar is built after the tests, and a
 * second product start would cost CI half a minute); {@code -Pbenchmark} measures it.
 */
@IntegrationTest
class BenchmarkSmokeTest {

    @Autowired ApplicationContext ctx;
    @LocalServerPort int port;

    @Test
    void theBenchmarkReportsEveryFigureAsJson() throws Exception {
        Map<String, Object> results = new BenchmarkRun(ctx, Scale.of("tiny"), port).run();
        Path file = Report.writeJson(results, Path.of("target/benchmark-smoke"));
        String table = Report.table(results);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(json.at("/scale").asText()).isEqualTo("tiny");
        assertThat(json.at("/environment/cores").asInt()).isPositive();
        assertThat(json.at("/environment/database").asText()).containsIgnoringCase("mariadb");
        assertThat(json.at("/environment/loadAverageAtStart").asText()).isNotBlank();
        assertThat(json.at("/loading/openCases").asInt()).isEqualTo(8);
        assertThat(json.at("/loading/openSubmitSeconds").asDouble()).isPositive();
        assertThat(json.at("/submission/servicePhasesMedian/4/submitMs").isNumber()).isTrue();
        assertThat(json.at("/submission/bcryptCheckMs/medianMs").asDouble()).isPositive();
        for (String kind : new String[] {"service", "bareEngine", "http"}) {
            for (String clients : new String[] {"1", "2", "4"}) {
                JsonNode level = json.at("/submission/" + kind + "/" + clients);
                assertThat(level.at("/operations").asInt()).as(kind + " at " + clients).isPositive();
                assertThat(level.at("/errors").asInt()).as(kind + " at " + clients + ": " + level.at("/firstError"))
                        .isZero();
                assertThat(level.at("/latency/p99Ms").asDouble()).isPositive();
            }
            assertThat(json.at("/submission/ratioServiceToBare/4").asDouble()).isPositive();
        }
        for (String clients : new String[] {"1", "2", "4"}) {
            JsonNode level = json.at("/submission/preparedSubmit/" + clients);
            assertThat(level.at("/operations").asInt()).as("prepared submissions at " + clients).isPositive();
            assertThat(level.at("/errors").asInt()).as("prepared at " + clients + ": " + level.at("/firstError")).isZero();
            assertThat(json.at("/submission/ratioPreparedSubmitToBare/" + clients).asDouble()).isPositive();
            assertThat(json.at("/submission/preparedDrafts/" + clients + "/perSecond").asDouble()).isPositive();
        }
        assertThat(json.at("/submission/statements/perPreparedSubmit/Questions").asDouble()).isPositive();
        for (String query : new String[] {"queuePage1", "queuePage50", "applicantCaseList", "caseView"}) {
            assertThat(json.at("/inbox/" + query + "/count").asInt()).isEqualTo(20);
            assertThat(json.at("/inbox/" + query + "/p95Ms").asDouble()).isPositive();
        }
        assertThat(json.at("/taskCompletion/1/operations").asInt()).isPositive();
        assertThat(json.at("/taskCompletion/4/operations").asInt()).isPositive();
        assertThat(json.at("/uiSessionMemory/sessionsStillOpenAtMeasurement").asInt()).isEqualTo(6);
        assertThat(json.at("/uiSessionMemory/retainedPerSessionKb").isNumber()).isTrue();
        assertThat(json.at("/queueExplain").size()).isGreaterThan(1);
        assertThat(table).contains("filings/s, HTTP API", "submissions/s of prepared drafts", "queuePage50", "heap retained per open inbox session");
    }
}
