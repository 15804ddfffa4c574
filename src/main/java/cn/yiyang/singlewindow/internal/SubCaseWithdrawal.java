package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseService.CaseStatusChanged;
import cn.yiyang.casework.CaseStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A single-window case withdrawn (by the applicant, or for an unanswered notice) takes its HEALTH sub-case with it:
 * the called licence process ended with the caller, so the sub-case closes as 已撤回 too, in the same transaction.
 */
@Component
class SubCaseWithdrawal {

    private final SingleWindowMapper mapper;
    private final CaseService cases;

    SubCaseWithdrawal(SingleWindowMapper mapper, CaseService cases) {
        this.mapper = mapper;
        this.cases = cases;
    }

    @EventListener
    void onStatusChanged(CaseStatusChanged event) {
        if (event.status() != CaseStatus.WITHDRAWN) {
            return;
        }
        SingleWindowMapper.ApplicationRow a = mapper.find(event.caseId());
        if (a != null && a.licenceCaseId != null && !cases.get(a.licenceCaseId).status().isTerminal()) {
            cases.close(a.licenceCaseId, CaseStatus.WITHDRAWN, event.actor(),
                    "所属一个窗口办理案件 " + cases.get(event.caseId()).caseNo() + " 已撤回");
        }
    }
}
