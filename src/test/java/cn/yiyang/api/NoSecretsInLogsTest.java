package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Http;
import cn.yiyang.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Passwords and ID numbers (《个人信息保护法》) never reach the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Wrong-Pa55word-7d3f";
    private static final String ID_NUMBER = "11010519491231002X";

    @LocalServerPort int port;
    @Autowired LoggingSystem logging;

    private void withLevels(Map<String, LogLevel> levels, Runnable work) {
        Map<String, LogLevel> before = new java.util.HashMap<>();
        levels.forEach((logger, level) -> {
            var config = logging.getLoggerConfiguration(logger);
            before.put(logger, config == null ? null : config.getConfiguredLevel());
            logging.setLogLevel(logger, level);
        });
        try {
            work.run();
        } finally {
            before.forEach(logging::setLogLevel);
        }
    }

    @Test
    void a_failed_login_never_logs_the_password_even_at_debug(CapturedOutput output) {
        withLevels(Map.of("cn.yiyang", LogLevel.DEBUG, "org.springframework.security", LogLevel.DEBUG), () -> {
            ResponseEntity<String> login = Http.as(port, "health1", PASSWORD).get().uri("/api/v1/me").retrieve()
                    .toEntity(String.class);
            assertThat(login.getStatusCode().value()).isEqualTo(401);
        });
        assertThat(output.getAll()).as("the failed login was logged at DEBUG").contains("health1");
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void requests_carrying_an_id_number_do_not_log_it_at_the_production_levels(CapturedOutput output) {
        withLevels(Map.of("ROOT", LogLevel.INFO, "cn.yiyang", LogLevel.INFO), () -> {
            ResponseEntity<String> unknownUser = Http.as(port, ID_NUMBER, PASSWORD).get().uri("/api/v1/me").retrieve()
                    .toEntity(String.class);
            assertThat(unknownUser.getStatusCode().value()).isEqualTo(401);
            ResponseEntity<String> body = Http.as(port, "admin").post().uri("/api/v1/institutions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiErrorsTest.institution("身份证号 " + ID_NUMBER, ID_NUMBER)).retrieve().toEntity(String.class);
            assertThat(body.getStatusCode().value()).isEqualTo(400);
        });
        assertThat(output.getAll()).doesNotContain(ID_NUMBER).doesNotContain(PASSWORD);
    }
}
