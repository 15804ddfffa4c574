package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseService.CaseDeadlineMoved;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a pause or an extension moves a case's due date, the engine's statutory timers of that case (timer events
 * whose id starts with {@code Timer_CaseDeadline}) move with it, in the same transaction: the clock on the screen
 * and the engine never disagree.
 */
@Component
class DeadlineTimers {

    static final String PREFIX = "Timer_CaseDeadline";

    private final ManagementService management;
    private final CaseMapper cases;

    DeadlineTimers(ManagementService management, CaseMapper cases) {
        this.management = management;
        this.cases = cases;
    }

    @EventListener
    void onDeadlineMoved(CaseDeadlineMoved event) {
        Date fireAt = Date.from(event.due().plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        for (String pi : cases.processesOf(event.caseId())) {
            for (Job job : management.createJobQuery().processInstanceId(pi).timers().list()) {
                JobDefinition definition = management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult();
                if (definition != null && definition.getActivityId().startsWith(PREFIX)) {
                    management.setJobDuedate(job.getId(), fireAt);
                }
            }
        }
    }
}
