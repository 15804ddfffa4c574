package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
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

/** Passwords and ID numbers (《个人信息保护法》) never reach the log, even at DEBUG. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Wrong-Pa55word-7d3f";
    private static final String ID_NUMBER = "11010519491231002X";

    @LocalServerPort int port;
    @Autowired LoggingSystem logging;

    @Test
    void a_failed_login_and_a_request_with_an_id_number_log_neither(CapturedOutput output) {
        String[] loggers = {"ROOT", "cn.yiyang", "org.springframework.security", "org.springframework.web"};
        LogLevel[] before = new LogLevel[loggers.length];
        for (int i = 0; i < loggers.length; i++) {
            var config = logging.getLoggerConfiguration(loggers[i]);
            before[i] = config == null ? null : config.getConfiguredLevel();
            logging.setLogLevel(loggers[i], LogLevel.DEBUG);
        }
        try {
            ResponseEntity<String> login = Api.as(port, "health1", PASSWORD).get().uri("/api/v1/me").retrieve()
                    .toEntity(String.class);
            assertThat(login.getStatusCode().value()).isEqualTo(401);
            ResponseEntity<String> unknownUser = Api.as(port, ID_NUMBER, PASSWORD).get().uri("/api/v1/me").retrieve()
                    .toEntity(String.class);
            assertThat(unknownUser.getStatusCode().value()).isEqualTo(401);
            ResponseEntity<String> body = Api.as(port, "admin").post().uri("/api/v1/institutions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiErrorsTest.institution("身份证号 " + ID_NUMBER, ID_NUMBER)).retrieve().toEntity(String.class);
            assertThat(body.getStatusCode().value()).isEqualTo(400);
        } finally {
            for (int i = 0; i < loggers.length; i++) {
                logging.setLogLevel(loggers[i], before[i]);
            }
        }
        assertThat(output.getAll()).as("something was logged at DEBUG").isNotBlank();
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(ID_NUMBER);
    }
}
