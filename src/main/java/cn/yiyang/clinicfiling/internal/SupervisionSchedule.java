package cn.yiyang.clinicfiling.internal;

import cn.yiyang.clinicfiling.ClinicFilingRegistered;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Supervision of a filed clinic (DOMAIN.md §2.1): the first on-site inspection within 3 months of opening, then
 * every 6 months (twice a year). Round n is due at opening + 3 months + (n − 1) × 6 months; the first round's inspection
 * opens at registration, each later one 30 days before it is due. Started in the transaction that registers the
 * filing; deleted in the transaction that revokes it.
 */
@Component("supervision")
public class SupervisionSchedule { // public: called from BPMN expressions

    static final String PROCESS = "clinic-supervision";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final ClinicFilingMapper filings;
    private final Clock clock;

    SupervisionSchedule(RuntimeService runtime, ClinicFilingMapper filings, Clock clock) {
        this.runtime = runtime;
        this.filings = filings;
        this.clock = clock;
    }

    @EventListener
    void onRegistered(ClinicFilingRegistered event) {
        runtime.startProcessInstanceByKey(PROCESS, event.caseNo(), Map.of("caseId", event.caseId(), "round", 1));
    }

    /** 撤销备案: the revoked clinic is no longer supervised as a filed clinic. */
    void stop(String filingCaseNo, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(filingCaseNo)
                .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), reason));
    }

    static LocalDate dueOfRound(LocalDate opening, int round) {
        return opening.plusMonths(3).plusMonths(6L * (round - 1));
    }

    /** When the current round's inspection opens: 30 days before it is due, or now if that has passed. */
    public Date createAt(DelegateExecution execution) {
        LocalDate at = dueOfRound(opening(execution), round(execution)).minusDays(30);
        LocalDate today = LocalDate.now(clock);
        return Date.from((at.isBefore(today) ? today : at).atStartOfDay(ZONE).toInstant());
    }

    private LocalDate opening(DelegateExecution execution) {
        return filings.find(((Number) execution.getVariable("caseId")).longValue()).openingDate;
    }

    private static int round(DelegateExecution execution) {
        return ((Number) execution.getVariable("round")).intValue();
    }
}
