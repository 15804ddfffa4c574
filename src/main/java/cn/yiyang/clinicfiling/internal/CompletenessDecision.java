package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.SupplementNotices;
import cn.yiyang.casework.TaskOutcomeHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 材料完整性审查 (Task_CheckCompleteness): accept, one-time supplement notice, or not accept, each with its document. */
@Component
class CompletenessDecision implements TaskOutcomeHandler {

    /** 国卫办医发〔2017〕38号: registration and the practising document within 10 working days of acceptance. */
    static final int REGISTRATION_LIMIT = 10;

    private final CaseService cases;
    private final SupplementNotices supplements;
    private final FilingDocuments documents;
    private final Notices notices;
    private final Clock clock;

    CompletenessDecision(CaseService cases, SupplementNotices supplements, FilingDocuments documents, Notices notices,
                         Clock clock) {
        this.cases = cases;
        this.supplements = supplements;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return ClinicFilingRules.PROCESS.equals(processKey) && "Task_CheckCompleteness".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        switch (done.outcome()) {
            case "ACCEPT" -> {
                cases.markAccepted(c.id(), LocalDateTime.now(clock), actor, "材料齐全，予以受理");
                LocalDate due = cases.startClock(c.id(), LocalDate.now(clock), REGISTRATION_LIMIT, actor);
                var notice = documents.acceptance(cases.get(c.id()), actor, due);
                notices.tellApplicant(c, "已受理：" + c.caseNo(), "受理通知书 " + notice.number() + "，备案登记截止 " + due);
            }
            case "SUPPLEMENT" -> supplements.request(done.user(), c,
                    supplements.parse(c, done.fields().get("missing")), FilingDocuments.WORD, FilingDocuments.BUREAU);
            case "REJECT" -> {
                var decision = documents.rejection(c, actor, done.comment());
                cases.close(c.id(), CaseStatus.NOT_ACCEPTED, actor, done.comment());
                notices.tellApplicant(c, "不予受理：" + c.caseNo(), "不予受理决定书 " + decision.number() + "：" + done.comment());
            }
            default -> throw new IllegalStateException("unexpected outcome " + done.outcome());
        }
        return Map.of();
    }
}
