package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminders when a limit passes: the whole case's 45 (or 60) working days (the window and the county government's
 * LEADER, who may extend once), or one department's own step limit (that department's LEADER), even while the case
 * as a whole is on time.
 */
@Configuration
class OverdueDelegates {

    private final CaseService cases;
    private final AuditTrail audit;
    private final Notices notices;

    OverdueDelegates(CaseService cases, AuditTrail audit, Notices notices) {
        this.cases = cases;
        this.audit = audit;
        this.notices = notices;
    }

    @Bean("singleWindowOverdue")
    JavaDelegate caseOverdue() {
        return execution -> {
            CaseInfo c = cases.get(Tracks.caseId(execution));
            audit.record(c.id(), "system", "DEADLINE_PASSED", "联合办理期限 " + c.dueDate() + " 已届满，尚未统一出件");
            String body = c.applicantName() + " 的" + c.title() + "已超过联合办理期限（" + c.dueDate() + "），请督促各部门办结。";
            notices.tellRole(SingleWindowDepartments.WINDOW, Role.WINDOW, c.id(), "已超期：" + c.caseNo(), body);
            notices.tellRole(SingleWindowDepartments.GOV, Role.LEADER, c.id(), "已超期：" + c.caseNo(), body);
        };
    }

    @Bean("singleWindowTrackOverdue")
    JavaDelegate stepOverdue() {
        return execution -> {
            CaseInfo c = cases.get(Tracks.caseId(execution));
            String department = (String) execution.getVariable("department");
            audit.record(c.id(), "system", "STEP_DEADLINE_PASSED", SingleWindowDepartments.name(department) + "审查时限已届满");
            notices.tellRole(department, Role.LEADER, c.id(), "本部门审查已超期：" + c.caseNo(),
                    c.applicantName() + " 的" + c.title() + "在" + SingleWindowDepartments.name(department)
                            + "的审查已超过本部门时限，请督促办理。");
        };
    }
}
