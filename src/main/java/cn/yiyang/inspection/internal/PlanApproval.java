package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.inspection.InspectionPlan;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 计划审批 (Task_ApprovePlan) by the department's LEADER: APPROVE opens the plan for its draw; REFUSE closes it. */
@Component
class PlanApproval implements TaskOutcomeHandler {

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final Notices notices;

    PlanApproval(InspectionMapper mapper, CaseService cases, Notices notices) {
        this.mapper = mapper;
        this.cases = cases;
        this.notices = notices;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return InspectionRules.PLAN_PROCESS.equals(processKey) && InspectionRules.TASK_APPROVE_PLAN.equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        InspectionMapper.PlanRow plan = mapper.planOfCase(c.id());
        String actor = done.user().username();
        if ("APPROVE".equals(done.outcome())) {
            mapper.updatePlanStatus(plan.id, InspectionPlan.APPROVED);
            cases.changeStatus(c.id(), CaseStatus.ACCEPTED, actor, "抽查计划已批准，待双随机抽取");
            notices.tell(List.of(plan.createdBy), c.id(), "抽查计划已批准：" + c.caseNo(), plan.name + " 可以组织抽取。");
        } else {
            mapper.updatePlanStatus(plan.id, InspectionPlan.REFUSED);
            cases.close(c.id(), CaseStatus.CLOSED, actor, "抽查计划未批准：" + done.comment());
            notices.tell(List.of(plan.createdBy), c.id(), "抽查计划未批准：" + c.caseNo(), done.comment());
        }
        return Map.of();
    }
}
