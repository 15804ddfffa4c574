package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.Draw;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each drawn target becomes its own case of matter INSPECTION with the {@code inspection} process: the first drawn
 * inspector answers the checklist, the second signs.
 */
@Component
public class TargetCases {

    private final CaseService cases;
    private final InstitutionService institutions;
    private final InspectionMapper mapper;
    private final Notices notices;

    TargetCases(CaseService cases, InstitutionService institutions, InspectionMapper mapper, Notices notices) {
        this.cases = cases;
        this.institutions = institutions;
        this.mapper = mapper;
        this.notices = notices;
    }

    public void open(CurrentUser user, InspectionMapper.PlanRow plan, long drawId, List<Draw.Target> targets) {
        for (Draw.Target t : targets) {
            Institution institution = institutions.find(t.institutionId()).orElseThrow();
            CaseInfo c = cases.createDraft(user, Matter.INSPECTION, institution.id(), institution.name(),
                    plan.name + "：" + institution.name());
            InspectionMapper.TargetRow row = new InspectionMapper.TargetRow();
            row.caseId = c.id();
            row.planId = plan.id;
            row.drawId = drawId;
            row.institutionId = institution.id();
            row.inspectorA = t.inspectors().get(0);
            row.inspectorB = t.inspectors().get(1);
            mapper.insertTarget(row);
            cases.submit(user, c.id(), InspectionRules.INSPECTION_PROCESS, CaseStatus.ONSITE, Map.of(
                    "inspectorA", row.inspectorA, "inspectorB", row.inspectorB,
                    "inspectorGroup", CurrentUser.group(plan.department, Role.INSPECTOR),
                    "supervisorGroup", Role.SUPERVISOR.name(),
                    "applicantGroup", CurrentUser.institutionGroup(institution.id())));
            notices.tell(t.inspectors(), c.id(), "双随机抽查任务：" + c.caseNo(),
                    "抽查对象：" + institution.name() + "，检查人员：" + String.join("、", t.inspectors()));
        }
    }
}
