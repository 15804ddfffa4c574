package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * 整改不到位 (a second failure, the inspectors' decision, or a missed deadline): the inspection's result is ESCALATED,
 * the reason kept, and the department's SUPERVISOR gets Task_Circulate to issue the 通报 and the 案件移送书.
 */
@Component
class Escalation {

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final Notices notices;
    private final Clock clock;

    Escalation(InspectionMapper mapper, CaseService cases, Notices notices, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    void escalate(CaseInfo c, String actor, String reason) {
        InspectionMapper.TargetRow target = mapper.lockTarget(c.id());
        mapper.result(c.id(), "ESCALATED");
        mapper.insertEscalation(c.id(), target.institutionId, reason == null ? "" : reason, actor,
                LocalDateTime.now(clock));
        cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, actor, "整改不到位，待通报并移送立案：" + reason);
        notices.tellRole(mapper.scopeOf(target).department, Role.SUPERVISOR, c.id(), "整改不到位，待通报：" + c.caseNo(),
                c.applicantName() + "：" + reason);
        notices.tellApplicant(c, "整改不到位：" + c.caseNo(), "经核查整改不到位，将依法予以通报并移送立案查处。");
    }
}
