package cn.yiyang.agreement.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The people's steps of an agreement: the partner medical institution confirms or declines (with its reason), CIVIL
 * and HEALTH each acknowledge the copy reported to them (seed 004 annex 1: 向卫生健康局、民政局报备).
 */
@Component
class AgreementSteps implements TaskOutcomeHandler {

    static final String CONFIRM = "Task_PartnerConfirm";
    static final String CIVIL = "Task_CivilAcknowledge";
    static final String HEALTH = "Task_HealthAcknowledge";
    private static final Set<String> TASKS = Set.of(CONFIRM, CIVIL, HEALTH);

    private final AgreementMapper agreements;
    private final CaseService cases;
    private final Notices notices;
    private final Clock clock;

    AgreementSteps(AgreementMapper agreements, CaseService cases, Notices notices, Clock clock) {
        this.agreements = agreements;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return AgreementRules.PROCESS.equals(processKey) && TASKS.contains(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        LocalDateTime now = LocalDateTime.now(clock);
        switch (done.taskKey()) {
            case CONFIRM -> {
                if ("DECLINE".equals(done.outcome())) {
                    new FieldErrors.Collector().check(done.comment() != null && !done.comment().isBlank(), "comment",
                            "不予确认时请写明理由").throwIfAny();
                    agreements.decline(c.id(), now, actor);
                    cases.close(c.id(), CaseStatus.WITHDRAWN, actor, "合作医疗机构不予确认：" + done.comment());
                    notices.tellApplicant(c, "合作协议未获确认：" + c.caseNo(), "合作医疗机构不予确认：" + done.comment());
                } else {
                    agreements.confirm(c.id(), now, actor);
                    cases.changeStatus(c.id(), CaseStatus.UNDER_REVIEW, actor, "合作医疗机构已确认，待民政局、卫健局备案确认");
                    notices.tellApplicant(c, "合作医疗机构已确认：" + c.caseNo(), "协议已报送民政局、卫健局备案。");
                }
            }
            case CIVIL -> agreements.civilAcknowledged(c.id(), now);
            case HEALTH -> agreements.healthAcknowledged(c.id(), now);
            default -> throw new IllegalStateException(done.taskKey());
        }
        return Map.of();
    }
}
