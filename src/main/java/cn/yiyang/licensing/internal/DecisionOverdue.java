package cn.yiyang.licensing.internal;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The statutory limit passed without a decision: the case shows red and the HEALTH LEADER is told. The law knows no
 * deemed approval for a licence, so the task stays where it is.
 */
@Component("licenceOverdue")
class DecisionOverdue implements JavaDelegate {

    private final CaseService cases;
    private final AuditTrail audit;
    private final Notices notices;

    DecisionOverdue(CaseService cases, AuditTrail audit, Notices notices) {
        this.cases = cases;
        this.audit = audit;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseInfo c = cases.get(((Number) execution.getVariable("caseId")).longValue());
        audit.record(c.id(), "system", "DEADLINE_PASSED", "法定决定期限 " + c.dueDate() + " 已届满，尚未作出决定");
        notices.tellRole("HEALTH", Role.LEADER, c.id(), "已超期：" + c.caseNo(), c.applicantName() + " 的" + c.title()
                + "已超过法定期限（" + c.dueDate() + "），请立即作出决定。");
    }
}
