package cn.yiyang.agreement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The agreement's timers, from its period (business data in the table, not in process variables): the renewal
 * reminder 30 days before the last day, the expiry flag on the day after it. A date already past fires at once.
 */
@Component("agreementTimers")
public class AgreementTimers { // public: called from BPMN expressions

    static final int REMIND_DAYS_BEFORE = 30;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AgreementMapper agreements;
    private final Clock clock;

    AgreementTimers(AgreementMapper agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public Date reminder(DelegateExecution execution) {
        return notBeforeToday(end(execution).minusDays(REMIND_DAYS_BEFORE));
    }

    public Date expiry(DelegateExecution execution) {
        return notBeforeToday(end(execution).plusDays(1));
    }

    private LocalDate end(DelegateExecution execution) {
        return agreements.find(((Number) execution.getVariable("caseId")).longValue()).periodEnd;
    }

    private Date notBeforeToday(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        return Date.from((day.isBefore(today) ? today : day).atStartOfDay(ZONE).toInstant());
    }
}
