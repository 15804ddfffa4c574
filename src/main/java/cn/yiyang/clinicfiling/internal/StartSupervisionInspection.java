package cn.yiyang.clinicfiling.internal;

import cn.yiyang.inspection.SupervisionDue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 发起监督检查 (Task_StartInspection): the round is due, so the inspection module opens an inspection of the clinic's
 * institution (it listens to {@link SupervisionDue}); the filing does not run the inspection itself.
 */
@Component("startSupervisionInspection")
class StartSupervisionInspection implements JavaDelegate {

    private final ClinicFilingMapper filings;
    private final ApplicationEventPublisher events;

    StartSupervisionInspection(ClinicFilingMapper filings, ApplicationEventPublisher events) {
        this.filings = filings;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        int round = ((Number) execution.getVariable("round")).intValue();
        events.publishEvent(new SupervisionDue(filings.find(caseId).institutionId, SupervisionDue.CLINIC_FILING,
                execution.getProcessBusinessKey(), round));
    }
}
