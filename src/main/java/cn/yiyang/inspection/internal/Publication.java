package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * 一公开 as a step of the plan's case: when the last drawn target is signed the inspection has ended, the plan case's
 * clock runs 20 working days (yellow, then red like every step limit) and the department's LEADER gets Task_Publish;
 * completing it publishes the results and closes the plan case.
 */
@Component
class Publication implements TaskOutcomeHandler {

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final Notices notices;
    private final RuntimeService runtime;
    private final Clock clock;

    Publication(InspectionMapper mapper, CaseService cases, Notices notices, RuntimeService runtime, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.notices = notices;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** After a signature: if every target of the plan is now signed, the publication step starts (once). */
    void afterSignature(long planId, String actor) {
        InspectionMapper.PlanRow plan = mapper.lockPlan(planId);
        if (!InspectionPlan.DRAWN.equals(plan.status)
                || mapper.targetsOfPlan(planId).stream().anyMatch(t -> t.result == null)) {
            return;
        }
        mapper.updatePlanStatus(planId, InspectionPlan.INSPECTED);
        CaseInfo c = cases.get(plan.caseId);
        LocalDate due = cases.startClock(c.id(), cases.today(), InspectionRules.PUBLICATION_DAYS, actor);
        cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, actor, "检查结束，抽查结果待审核公开，截止 " + due);
        runtime.startProcessInstanceByKey(InspectionRules.PUBLICATION_PROCESS, c.caseNo(), Map.of("caseId", c.id(),
                "leaderGroup", CurrentUser.group(plan.department, Role.LEADER)));
        notices.tellRole(plan.department, Role.LEADER, c.id(), "待公开抽查结果：" + c.caseNo(),
                plan.name + " 检查已结束，请于 " + due + " 前审核公开。");
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return InspectionRules.PUBLICATION_PROCESS.equals(processKey) && InspectionRules.TASK_PUBLISH.equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        InspectionMapper.PlanRow plan = mapper.lockPlan(mapper.planOfCase(done.caseInfo().id()).id);
        CurrentUser user = done.user();
        if (!user.has(Role.LEADER) || !plan.department.equals(user.departmentCode())) {
            throw new AccessDeniedProblem("抽查结果由实施部门负责人审核公开");
        }
        if (mapper.publishedAt(plan.id) != null) {
            throw new ConflictException("抽查结果已公开");
        }
        mapper.publish(plan.id, user.username(), LocalDateTime.now(clock));
        cases.close(plan.caseId, CaseStatus.CLOSED, user.username(), "抽查结果已公开");
        return Map.of();
    }
}
