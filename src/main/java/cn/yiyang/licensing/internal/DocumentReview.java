package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.FieldErrors;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 材料审查 (Task_Review) by a HEALTH reviewer: APPROVE passes to on-site verification, stating how many working days
 * it needs ({@code fields.onsiteDays}); the clock pauses for it (行政许可法 Art. 45) and the applicant is told in
 * writing. REFUSE sends the case to the LEADER with the reviewer's reasons, without verification.
 */
@Component
class DocumentReview implements TaskOutcomeHandler {

    static final int MAX_ONSITE_DAYS = 30;

    private final CaseService cases;
    private final LicensingMapper licensing;
    private final LicenceDocuments documents;
    private final Notices notices;

    DocumentReview(CaseService cases, LicensingMapper licensing, LicenceDocuments documents, Notices notices) {
        this.cases = cases;
        this.licensing = licensing;
        this.documents = documents;
        this.notices = notices;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return LicensingRules.PROCESS.equals(processKey) && "Task_Review".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        if ("REFUSE".equals(done.outcome())) {
            cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, actor, "审查意见：建议不予许可");
            notices.tellRole("HEALTH", Role.LEADER, c.id(), "待决定：" + c.caseNo(), "审查建议不予许可：" + done.comment());
            return Map.of();
        }
        int days = onsiteDays(done.fields().get("onsiteDays"));
        licensing.onsiteDays(c.id(), days);
        cases.pauseClock(c.id(), "ONSITE", "现场核验，预计 " + days + " 个工作日（行政许可法第四十五条，不计入许可期限）", actor);
        cases.changeStatus(c.id(), CaseStatus.ONSITE, actor, "材料审查通过，现场核验 " + days + " 个工作日");
        var notice = documents.onsiteNotice(c, actor, days);
        notices.tellApplicant(c, "现场核验：" + c.caseNo(), "现场核验告知书 " + notice.number() + "：预计 " + days
                + " 个工作日，期间审查期限中止计算。");
        return Map.of("onsiteDays", days);
    }

    private static int onsiteDays(Object value) {
        Integer days = null;
        if (value instanceof Number n) {
            days = n.intValue();
        } else if (value instanceof String s && s.strip().matches("\\d{1,3}")) {
            days = Integer.parseInt(s.strip());
        }
        new FieldErrors.Collector().check(days != null && days >= 1 && days <= MAX_ONSITE_DAYS, "fields.onsiteDays",
                "请填写现场核验所需的工作日数（1–" + MAX_ONSITE_DAYS + "）").throwIfAny();
        return days;
    }
}
