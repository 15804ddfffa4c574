package cn.yiyang.clinicfiling.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the supervision schedule to its next round (every 6 months). */
@Component("scheduleNextSupervision")
class ScheduleNextSupervision implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("round", ((Number) execution.getVariable("round")).intValue() + 1);
    }
}
