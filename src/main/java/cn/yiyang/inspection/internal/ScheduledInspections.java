package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.Draw;
import cn.yiyang.inspection.SupervisionDue;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.BusinessRuleException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 定期监督检查: a due supervision round becomes an inspection case of its own (no plan, no draw of targets), run
 * through the same {@code inspection} process as a drawn target: checklist, two signatures, 检查记录, 限期整改,
 * verification, escalation. Its two inspectors are picked with {@link Draw#run} over a target population of one:
 * the same random pick from the HEALTH inspectors' pool with the same 回避 exclusions; the seed and the pick's record
 * (pool, exclusions, result) are kept on the target, so the pick can be re-run and checked.
 */
@Component
class ScheduledInspections {

    /** 医疗机构 supervision belongs to the health department (卫健局), with its check items. */
    static final String DEPARTMENT = "HEALTH";
    static final int INSPECTORS = 2; // 《行政处罚法》第四十二条: at least two law-enforcement officers

    /** What {@code pick_record} holds: enough to re-run the pick with {@link Draw#run}. */
    record Pick(long seed, List<String> pool, List<Draw.Exclusion> exclusions, List<String> inspectors) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom seeds = new SecureRandom();
    private final CaseService cases;
    private final InstitutionService institutions;
    private final AccountService accounts;
    private final InspectionMapper mapper;
    private final Withdrawals withdrawals;
    private final Notices notices;

    ScheduledInspections(CaseService cases, InstitutionService institutions, AccountService accounts,
                         InspectionMapper mapper, Withdrawals withdrawals, Notices notices) {
        this.cases = cases;
        this.institutions = institutions;
        this.accounts = accounts;
        this.mapper = mapper;
        this.withdrawals = withdrawals;
        this.notices = notices;
    }

    @EventListener
    void onDue(SupervisionDue due) {
        Institution institution = institutions.find(due.institutionId()).orElseThrow();
        long seed = seeds.nextLong();
        List<String> pool = accounts.usernamesOf(DEPARTMENT, Role.INSPECTOR);
        Draw.Result result;
        try {
            result = Draw.run(seed, List.of(institution.id()), pool, BigDecimal.ONE, INSPECTORS, withdrawals.all());
        } catch (Draw.PoolTooSmall e) {
            // the timer's job fails and is retried; the incident shows the department must staff its pool
            throw new BusinessRuleException("POOL_TOO_SMALL", "定期监督检查无法安排：" + institution.name() + " 回避后仅有 "
                    + e.available() + " 名检查人员，至少需要 " + INSPECTORS + " 名（《行政处罚法》第四十二条）");
        }
        List<String> inspectors = result.targets().get(0).inspectors();
        CurrentUser system = CurrentUser.system(institution.regionCode());
        String name = "定期监督检查（第" + due.round() + "次，" + due.caseNo() + "）";
        CaseInfo c = cases.createDraft(system, Matter.INSPECTION, institution.id(), institution.name(),
                name + "：" + institution.name());
        InspectionMapper.TargetRow row = new InspectionMapper.TargetRow();
        row.caseId = c.id();
        row.institutionId = institution.id();
        row.inspectorA = inspectors.get(0);
        row.inspectorB = inspectors.get(1);
        row.source = due.source();
        row.sourceCaseNo = due.caseNo();
        row.department = DEPARTMENT;
        row.items = String.join(",", mapper.checkItems().stream().filter(i -> DEPARTMENT.equals(i.department()))
                .map(InspectionMapper.CheckItemRow::code).toList());
        row.seed = seed;
        row.pickRecord = record(new Pick(seed, result.pool(), result.exclusions(), inspectors));
        mapper.insertScheduledTarget(row);
        cases.submit(system, c.id(), InspectionRules.INSPECTION_PROCESS, CaseStatus.ONSITE, Map.of(
                "inspectorA", row.inspectorA, "inspectorB", row.inspectorB,
                "inspectorGroup", CurrentUser.group(DEPARTMENT, Role.INSPECTOR),
                "supervisorGroup", Role.SUPERVISOR.name(),
                "applicantGroup", CurrentUser.institutionGroup(institution.id())));
        notices.tell(inspectors, c.id(), "定期监督检查任务：" + c.caseNo(),
                "检查对象：" + institution.name() + "（" + due.caseNo() + "），检查人员：" + String.join("、", inspectors));
    }

    private String record(Pick pick) {
        try {
            return json.writeValueAsString(pick);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
