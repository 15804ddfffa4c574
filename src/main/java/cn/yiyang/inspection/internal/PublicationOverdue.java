package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The 20 working days to publish passed (Timer_CaseDeadline_Publish, non-interrupting): the case is red in every
 * list already; the LEADER and the SUPERVISOR are told, and the task stays open until published.
 */
@Component("publicationOverdue")
class PublicationOverdue implements JavaDelegate {

    private final CaseService cases;
    private final InspectionMapper mapper;
    private final Notices notices;

    PublicationOverdue(CaseService cases, InspectionMapper mapper, Notices notices) {
        this.cases = cases;
        this.mapper = mapper;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseInfo c = cases.get(((Number) execution.getVariable("caseId")).longValue());
        InspectionMapper.PlanRow plan = mapper.planOfCase(c.id());
        String body = plan.name + " 的抽查结果已超过 20 个工作日未公开（截止 " + c.dueDate() + "）。";
        notices.tellRole(plan.department, Role.LEADER, c.id(), "抽查结果逾期未公开：" + c.caseNo(), body);
        notices.tellRole(plan.department, Role.SUPERVISOR, c.id(), "抽查结果逾期未公开：" + c.caseNo(), body);
    }
}
