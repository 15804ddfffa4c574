package cn.yiyang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole product on the embedded MariaDB with the demo data, on a random port. Every integration test uses exactly
 * this configuration, so the Spring context (and the database) is started once per test run. The job executor is off;
 * tests fire timers with {@link JobExecutorTimers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({TestClockConfig.class, JobExecutorTimers.class})
public @interface IntegrationTest {
}
