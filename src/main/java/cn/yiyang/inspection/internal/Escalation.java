package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import org.springframework.stereotype.Component;

/**
 * 整改不到位 (a second failure, the inspectors' decision, or a missed deadline): the case closes as escalated, the
 * department's SUPERVISOR is told to issue the 通报 and the referral for a penalty case, the institution is told.
 */
@Component
class Escalation {

    private final InspectionMapper mapper;
    private final CaseService cases;
    private final Notices notices;

    Escalation(InspectionMapper mapper, CaseService cases, Notices notices) {
        this.mapper = mapper;
        this.cases = cases;
        this.notices = notices;
    }

    void escalate(CaseInfo c, String actor, String reason) {
        InspectionMapper.TargetRow target = mapper.lockTarget(c.id());
        mapper.result(c.id(), "ESCALATED");
        cases.close(c.id(), CaseStatus.CLOSED, actor, "整改不到位，移送立案查处并通报：" + reason);
        notices.tellRole(mapper.plan(target.planId).department, Role.SUPERVISOR, c.id(), "整改不到位，待通报：" + c.caseNo(),
                c.applicantName() + "：" + reason);
        notices.tellApplicant(c, "整改不到位：" + c.caseNo(), "经核查整改不到位，已依法移送立案查处并予以通报。");
    }
}
