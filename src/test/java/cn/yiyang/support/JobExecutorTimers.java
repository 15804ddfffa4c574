package cn.yiyang.support;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fires a timer the way production does: the engine's real job executor (its acquisition thread and worker threads)
 * picks the job up because the engine's clock has passed its due date, never {@code executeJob}.
 *
 * <p>The suite shares one database and runs with the job executor off, so that every other test's timers wait where
 * that test left them. While {@link #fire} runs, the executor is started and acquires only jobs at or above
 * {@link #PRIORITY}, and only the job being fired is raised to it: moving the clock months ahead fires nothing else.
 */
@TestComponent
public class JobExecutorTimers {

    static final long PRIORITY = 1_000_000L;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final ProcessEngineConfigurationImpl config;
    private final ManagementService management;

    JobExecutorTimers(ProcessEngine engine) {
        this.config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.management = engine.getManagementService();
    }

    /** Fires the timer, which must be due by the engine's clock; returns once it has run and committed. */
    public synchronized void fire(String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new AssertionError("no job " + jobId);
        }
        Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
        if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(now)) {
            throw new AssertionError("the clock (" + now + ") has not passed the timer's due date " + job.getDuedate());
        }
        running(jobId, () -> awaitRun(jobId));
    }

    /** Runs the executor for a while with the timer acquirable, clock unchanged; the timer must still be waiting. */
    public synchronized void idle(String jobId, Duration duration) {
        running(jobId, () -> {
            sleep(duration.toMillis());
            if (management.createJobQuery().jobId(jobId).count() != 1) {
                throw new AssertionError("the job executor fired " + jobId + " before its due date");
            }
        });
    }

    private void running(String jobId, Runnable whileRunning) {
        management.setJobPriority(jobId, PRIORITY);
        long min = config.getJobExecutorPriorityRangeMin();
        JobExecutor executor = config.getJobExecutor();
        config.setJobExecutorPriorityRangeMin(PRIORITY);
        executor.setWaitTimeInMillis(100);
        executor.setMaxWait(500);
        executor.start();
        try {
            whileRunning.run();
        } finally {
            executor.shutdown();
            config.setJobExecutorPriorityRangeMin(min);
        }
    }

    public void fire(Job job) {
        fire(job.getId());
    }

    /** The job is gone once the executor has run it and committed; a failure leaves it with its exception. */
    private void awaitRun(String jobId) {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            Job job = management.createJobQuery().jobId(jobId).singleResult();
            if (job == null) {
                return;
            }
            if (job.getExceptionMessage() != null) {
                throw new AssertionError("the job executor ran " + jobId + " and it failed: "
                        + management.getJobExceptionStacktrace(jobId));
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("the job executor did not run " + jobId + " within " + LIMIT);
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
