package cn.yiyang.licensing.internal;

import cn.yiyang.inspection.SupervisionDue;
import cn.yiyang.licensing.LicenceIssued;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 定期监督检查 of a licensed medical institution (processes/licence-supervision.bpmn), started when the licence is
 * delivered: round n is due at issue + 3 months + (n − 1) × 6 months within the validity; 30 days before (or at once if
 * that has passed) the inspection module opens the round's inspection, on {@link SupervisionDue}.
 */
@Component("licenceSupervision")
public class LicenceSupervision implements JavaDelegate { // public: called from BPMN expressions

    static final String PROCESS = "licence-supervision";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final LicensingMapper licensing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LicenceSupervision(RuntimeService runtime, LicensingMapper licensing, ApplicationEventPublisher events,
                       Clock clock) {
        this.runtime = runtime;
        this.licensing = licensing;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onIssued(LicenceIssued event) {
        runtime.startProcessInstanceByKey(PROCESS, event.caseNo(), Map.of("caseId", event.caseId(), "round", 1));
    }

    static LocalDate dueOfRound(LocalDate issuedOn, int round) {
        return issuedOn.plusMonths(3).plusMonths(6L * (round - 1));
    }

    /** When the current round's inspection opens: 30 days before it is due, or now if that has passed. */
    public Date openAt(DelegateExecution execution) {
        LocalDate at = dueOfRound(licence(execution).issuedOn, round(execution)).minusDays(30);
        LocalDate today = LocalDate.now(clock);
        return Date.from((at.isBefore(today) ? today : at).atStartOfDay(ZONE).toInstant());
    }

    /** Whether the (already advanced) current round still falls within the validity. */
    public boolean more(DelegateExecution execution) {
        LicensingMapper.LicenceRow l = licence(execution);
        return !dueOfRound(l.issuedOn, round(execution)).isAfter(l.validUntil);
    }

    /** Opens the round's inspection, then moves to the next round. */
    @Override
    public void execute(DelegateExecution execution) {
        int round = round(execution);
        events.publishEvent(new SupervisionDue(licence(execution).institutionId, SupervisionDue.LICENCE,
                execution.getProcessBusinessKey(), round));
        execution.setVariable("round", round + 1);
    }

    private LicensingMapper.LicenceRow licence(DelegateExecution execution) {
        return licensing.licenceOfCase(((Number) execution.getVariable("caseId")).longValue());
    }

    private static int round(DelegateExecution execution) {
        return ((Number) execution.getVariable("round")).intValue();
    }
}
