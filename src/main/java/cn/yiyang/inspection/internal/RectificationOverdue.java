package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The rectification deadline passed without a report (Timer_RectifyOverdue): escalate. */
@Component("rectificationOverdue")
class RectificationOverdue implements JavaDelegate {

    private final CaseService cases;
    private final Escalation escalation;

    RectificationOverdue(CaseService cases, Escalation escalation) {
        this.cases = cases;
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        escalation.escalate(cases.get(caseId), "system", "逾期未提交整改报告");
    }
}
