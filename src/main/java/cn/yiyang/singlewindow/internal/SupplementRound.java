package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The applicant answered the merged notice (Task_Supplement in the review stage; casework checks the re-uploads
 * and restarts the clock): only the departments that asked review again.
 */
@Component
class SupplementRound implements TaskOutcomeHandler {

    private final SingleWindowMapper mapper;
    private final TaskService tasks;
    private final Clock clock;

    SupplementRound(SingleWindowMapper mapper, TaskService tasks, Clock clock) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.PROCESS.equals(processKey) && "Task_Supplement".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        if (RoundDelegates.REVIEW.equals(tasks.getVariable(done.taskId(), RoundDelegates.STAGE))) {
            mapper.move(done.caseInfo().id(), TrackState.SUPPLEMENT.name(), TrackState.WAITING.name(),
                    LocalDateTime.now(clock));
        }
        return Map.of();
    }
}
