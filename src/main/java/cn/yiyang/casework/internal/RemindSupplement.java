package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the applicant a week before the supplement period ends. */
@Component("remindSupplement")
class RemindSupplement implements JavaDelegate {

    private final CaseService cases;
    private final Notices notices;

    RemindSupplement(CaseService cases, Notices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseInfo c = cases.get(((Number) execution.getVariable("caseId")).longValue());
        notices.tellApplicant(c, "补正即将到期：" + c.caseNo(), "请在补正期限届满前上传补正材料并提交，逾期未补正的视为撤回申请。");
    }
}
