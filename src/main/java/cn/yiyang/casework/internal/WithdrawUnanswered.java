package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.SupplementNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The applicant never answered the supplement notice: the case closes as withdrawn, with a notice. */
@Component("withdrawUnanswered")
class WithdrawUnanswered implements JavaDelegate {

    private final AcceptanceMatters matters;
    private final CaseService cases;
    private final AcceptanceDocuments documents;
    private final Notices notices;
    private final SupplementNotices supplements;

    WithdrawUnanswered(AcceptanceMatters matters, CaseService cases, AcceptanceDocuments documents, Notices notices,
                       SupplementNotices supplements) {
        this.matters = matters;
        this.cases = cases;
        this.documents = documents;
        this.notices = notices;
        this.supplements = supplements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseInfo c = cases.get(AcceptanceMatters.caseId(execution));
        var notice = documents.withdrawal(matters.of(execution), c, supplements.answerDays());
        cases.close(c.id(), CaseStatus.WITHDRAWN, "system", "逾期未补正，视为撤回");
        notices.tellApplicant(c, "已撤回：" + c.caseNo(), "逾期未补正，视为撤回申请。撤回通知书 " + notice.number());
    }
}
