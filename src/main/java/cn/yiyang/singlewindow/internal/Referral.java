package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.identity.Role;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 民政提请一事一议 (Task_ReferToGov): CIVIL submits the case to the county government office; from now until the
 * meeting's decision comes back the case clock stands still, shown on the case as its own pause.
 */
@Component
class Referral implements TaskOutcomeHandler {

    static final String PAUSE = "DELIBERATION";

    private final CaseService cases;
    private final Notices notices;

    Referral(CaseService cases, Notices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.PROCESS.equals(processKey) && "Task_ReferToGov".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        cases.pauseClock(c.id(), PAUSE, "一事一议：提请县人民政府研究（" + done.comment().strip() + "）", done.user().username());
        notices.tellRole(SingleWindowDepartments.GOV, Role.REVIEWER, c.id(), "一事一议：" + c.caseNo(),
                "民政局提请研究 " + c.applicantName() + " 的" + c.title() + "：" + done.comment().strip());
        notices.tellApplicant(c, "一事一议：" + c.caseNo(), "您的申请已提请县人民政府一事一议，期间办理期限中止计算。");
        return Map.of();
    }
}
