package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CalendarApiTest {

    /** Far enough ahead that no other test computes deadlines in it. */
    private static final int YEAR = 2030;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarService calendar;

    @BeforeEach
    @AfterEach
    void without2030() {
        jdbc.update("delete from calendar_day where day between '2030-01-01' and '2030-12-31'");
        jdbc.update("delete from calendar_year where year = ?", YEAR);
        calendar.reload();
    }

    private JsonNode due(String from, int workingDays) {
        ResponseEntity<String> r = Http.as(port, "health1").get()
                .uri("/api/v1/calendar/due?from={from}&workingDays={n}", from, workingDays)
                .retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void the_due_date_counts_working_days_over_national_day_2026() {
        JsonNode d = due("2026-09-30", 3);
        assertThat(d.path("due").asText()).isEqualTo("2026-10-10");
        assertThat(d.path("provisional").asBoolean()).isFalse();
        assertThat(d.size()).isEqualTo(2);
    }

    @Test
    void a_negative_number_of_working_days_is_400() {
        ResponseEntity<String> r = Http.as(port, "health1").get()
                .uri("/api/v1/calendar/due?from=2026-09-30&workingDays=-1").retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(Http.json(r).path("errors").get(0).path("field").asText()).isEqualTo("workingDays");
    }

    @Test
    void once_an_admin_loads_a_year_its_due_dates_are_no_longer_provisional() {
        JsonNode before = due("2030-01-02", 2);
        assertThat(before.path("due").asText()).isEqualTo("2030-01-04"); // Monday–Friday only
        assertThat(before.path("provisional").asBoolean()).isTrue();

        Map<String, Object> year = Map.of("year", YEAR, "papers", List.of("test"), "days", List.of(
                Map.of("name", "元旦", "date", "2030-01-01", "isOffDay", true),
                Map.of("name", "测试", "date", "2030-01-04", "isOffDay", true),
                Map.of("name", "测试", "date", "2030-01-05", "isOffDay", false)));
        ResponseEntity<String> put = Http.as(port, "admin").put().uri("/api/v1/calendar/years/{y}", YEAR)
                .contentType(MediaType.APPLICATION_JSON).body(year).retrieve().toEntity(String.class);
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        assertThat(put.getBody()).contains("2030-01-05");

        JsonNode after = due("2030-01-02", 2);
        assertThat(after.path("due").asText()).isEqualTo("2030-01-05"); // Fri 4 off, Sat 5 a make-up working day
        assertThat(after.path("provisional").asBoolean()).isFalse();
        assertThat(due("2029-12-28", 3).path("provisional").asBoolean()).as("2029 is still not loaded").isTrue();
        assertThat(Http.as(port, "health1").get().uri("/api/v1/calendar/years").retrieve().toEntity(String.class)
                .getBody()).contains("2030");
    }

    @Test
    void a_year_whose_days_lie_in_another_year_is_refused() {
        Map<String, Object> year = Map.of("year", YEAR, "days", List.of(
                Map.of("name", "元旦", "date", "2031-01-01", "isOffDay", true)));
        ResponseEntity<String> put = Http.as(port, "admin").put().uri("/api/v1/calendar/years/{y}", YEAR)
                .contentType(MediaType.APPLICATION_JSON).body(year).retrieve().toEntity(String.class);
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(400);
        assertThat(put.getBody()).contains("days[0].date");
        assertThat(due("2030-01-02", 2).path("provisional").asBoolean()).isTrue();
    }

    @Test
    void the_openapi_document_lists_the_inbox() {
        ResponseEntity<String> r = Http.anonymous(port).get().uri("/v3/api-docs").retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        JsonNode paths = Http.json(r).path("paths");
        assertThat(paths.has("/api/v1/tasks")).as(paths.toString()).isTrue();
        assertThat(paths.has("/api/v1/cases/{caseNo}/materials")).isTrue();
        assertThat(paths.has("/api/v1/calendar/due")).isTrue();
    }
}
