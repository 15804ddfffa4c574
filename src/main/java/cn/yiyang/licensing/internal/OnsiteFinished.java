package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both verifiers signed: the clock runs again (the due date moves by the days it stood still); the LEADER decides. */
@Component("licenceOnsiteFinished")
class OnsiteFinished implements JavaDelegate {

    private final CaseService cases;
    private final Notices notices;

    OnsiteFinished(CaseService cases, Notices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseInfo c = cases.get(((Number) execution.getVariable("caseId")).longValue());
        boolean verified = "VERIFIED".equals(execution.getVariable("onsiteResultA"))
                && "VERIFIED".equals(execution.getVariable("onsiteResultB"));
        String result = verified ? "两名核验人均核验属实" : "现场核验发现与申请不符之处";
        LocalDate due = cases.resumeClock(c.id(), "system");
        cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, "system", result);
        notices.tellRole("HEALTH", Role.LEADER, c.id(), "待决定：" + c.caseNo(), result + "，请在 " + due + " 前作出决定。");
    }
}
