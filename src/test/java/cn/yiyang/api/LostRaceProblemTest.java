package cn.yiyang.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

/**
 * The safety net under the services' own row locks and retry: whatever race still reaches the API (the engine's or
 * Spring's concurrency exceptions, the engine not finding a task just completed) is a 409 saying "已被处理，请刷新",
 * logged at WARN without a stack trace, never a 500 logged as an error.
 */
class LostRaceProblemTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ApiErrors.class);
    private ApiErrors errors;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        errors = new ApiErrors(messages);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(logged);
    }

    static List<Exception> lostRaces() {
        return List.of(
                new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null),
                new CannotAcquireLockException("Lock wait timeout exceeded"),
                new PessimisticLockingFailureException("lock"),
                new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently"),
                new NullValueException("Cannot find task with id 42: task is null"),
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                        new ProcessEngineException("Cannot find task with id 42")),
                new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
                        new SQLTransactionRollbackException("Deadlock found", "40001", 1213)));
    }

    @ParameterizedTest
    @MethodSource("lostRaces")
    void a_lost_race_reaching_the_api_is_a_409_logged_as_a_warning(Exception race) {
        ProblemDetail problem = errors.unexpected(race);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("已被处理，请刷新");
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
        });
    }

    @Test
    void an_ordinary_failure_is_still_a_500_logged_as_an_error() {
        ProblemDetail problem = errors.unexpected(new IllegalStateException("a bug, not a race"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(logged.list).singleElement().satisfies(e -> assertThat(e.getLevel()).isEqualTo(Level.ERROR));
    }
}
