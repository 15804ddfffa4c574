package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.licensing.LicenceIssued;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 校验 reminders of a licence (processes/licence-checks.bpmn): started when the licence is delivered; before each
 * check within the validity the institution is reminded {@value CheckSchedule#REMIND_DAYS_AHEAD} days ahead.
 */
@Component("licenceChecks")
public class LicenceChecks implements JavaDelegate { // public: called from BPMN expressions

    static final String PROCESS = "licence-checks";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final LicensingMapper licensing;
    private final CaseService cases;
    private final Notices notices;

    LicenceChecks(RuntimeService runtime, LicensingMapper licensing, CaseService cases, Notices notices) {
        this.runtime = runtime;
        this.licensing = licensing;
        this.cases = cases;
        this.notices = notices;
    }

    @EventListener
    void onIssued(LicenceIssued event) {
        runtime.startProcessInstanceByKey(PROCESS, event.caseNo(), Map.of("caseId", event.caseId(), "round", 1));
    }

    /** When the reminder of the current round fires: 30 days before the check. */
    public Date remindAt(DelegateExecution execution) {
        LocalDate day = check(execution).minusDays(CheckSchedule.REMIND_DAYS_AHEAD);
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** Whether another check falls within the validity after the current round. */
    public boolean more(DelegateExecution execution) {
        LicensingMapper.LicenceRow l = licence(execution);
        return !check(execution).isAfter(l.validUntil);
    }

    /** Reminds the institution, then moves to the next round. */
    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = check(execution);
        CaseInfo c = cases.get(caseId(execution));
        LicensingMapper.LicenceRow l = licence(execution);
        notices.tellApplicant(c, "执业许可证校验提醒：" + l.registrationNo, l.name + "的医疗机构执业许可证应于 " + due
                + " 前申请校验，请准备校验材料。");
        execution.setVariable("round", round(execution) + 1);
    }

    private LocalDate check(DelegateExecution execution) {
        LicensingMapper.LicenceRow l = licence(execution);
        return CheckSchedule.check(l.issuedOn, l.checkIntervalYears, round(execution));
    }

    private LicensingMapper.LicenceRow licence(DelegateExecution execution) {
        return licensing.licenceOfCase(caseId(execution));
    }

    private static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("caseId")).longValue();
    }

    private static int round(DelegateExecution execution) {
        return ((Number) execution.getVariable("round")).intValue();
    }
}
