package cn.yiyang.benchmark;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The baseline: a second Camunda engine in the same JVM on the same database and connection pool, configured as
 * the product's (history audit, strong UUIDs, Spring transactions, the same beans for the BPMN's expressions) but
 * without the product around it: no case glue parse listener (case_process, case_step), no case rows, materials,
 * audit entries or notices. It reads the process definition the product deployed, so it runs the same BPMN.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;

    BareEngine(ApplicationContext ctx) {
        SpringProcessEngineConfiguration config = new SpringProcessEngineConfiguration();
        config.setProcessEngineName("bare-benchmark");
        config.setDataSource(ctx.getBean(DataSource.class));
        config.setTransactionManager(ctx.getBean(PlatformTransactionManager.class));
        config.setApplicationContext(ctx);
        config.setExpressionManager(new SpringExpressionManager(ctx));
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate("false");
        config.setHistory("audit");
        config.setJobExecutorActivate(false);
        config.setIdGenerator(new StrongUuidGenerator());
        config.setEnforceHistoryTimeToLive(false);
        config.setDbMetricsReporterActivate(false);
        this.engine = config.buildProcessEngine();
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
