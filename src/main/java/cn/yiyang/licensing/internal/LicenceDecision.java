package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.BusinessRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 许可决定 (Task_Decide) by the HEALTH LEADER within 20 working days of acceptance: APPROVE (准予许可决定书; the
 * 10 working days to deliver start), REFUSE (不予许可决定书 with the reasons and the remedies), or EXTEND once by 10
 * working days with the reason sent to the applicant (行政许可法 Art. 42); a second extension is refused. The same
 * decision for a change registration (licence-change).
 */
@Component
class LicenceDecision implements TaskOutcomeHandler {

    private final CaseService cases;
    private final LicensingMapper licensing;
    private final LicenceDocuments documents;
    private final Notices notices;
    private final Clock clock;

    LicenceDecision(CaseService cases, LicensingMapper licensing, LicenceDocuments documents, Notices notices,
                    Clock clock) {
        this.cases = cases;
        this.licensing = licensing;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return (LicensingRules.PROCESS.equals(processKey) || LicenceChangeRules.PROCESS.equals(processKey))
                && "Task_Decide".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        LocalDateTime now = LocalDateTime.now(clock);
        switch (done.outcome()) {
            case "EXTEND" -> {
                if (licensing.markExtended(c.id(), now) == 0) {
                    throw new BusinessRuleException("EXTENSION_USED",
                            "决定期限已延长过一次；行政许可法第四十二条只允许延长一次（十个工作日）");
                }
                LocalDate due = cases.extend(c.id(), LicensingRules.EXTENSION, done.comment(), actor);
                var notice = documents.extensionNotice(c, actor, done.comment(), due);
                notices.tellApplicant(c, "决定期限延长：" + c.caseNo(), "延期告知书 " + notice.number() + "：决定期限延长至 "
                        + due + "。原因：" + done.comment());
            }
            case "APPROVE" -> {
                licensing.markDecided(c.id(), now);
                var decision = documents.approval(c, actor, licensing.find(c.id()));
                cases.changeStatus(c.id(), CaseStatus.REGISTERING, actor, "准予许可，待送达执业许可证");
                LocalDate due = cases.startClock(c.id(), now.toLocalDate(), LicensingRules.DELIVERY_LIMIT, actor);
                notices.tellApplicant(c, "准予许可：" + c.caseNo(), "准予许可决定书 " + decision.number()
                        + "，执业许可证将于 " + due + " 前送达。");
            }
            case "REFUSE" -> {
                licensing.markDecided(c.id(), now);
                var decision = documents.refusal(c, actor, done.comment());
                cases.close(c.id(), CaseStatus.REFUSED, actor, done.comment());
                notices.tellApplicant(c, "不予许可：" + c.caseNo(), "不予许可决定书 " + decision.number() + "：" + done.comment());
            }
            default -> throw new IllegalStateException("unexpected outcome " + done.outcome());
        }
        return Map.of();
    }
}
