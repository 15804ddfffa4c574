package cn.yiyang.casework.internal;

import cn.yiyang.casework.AcceptanceTerms;
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

/**
 * The completeness check of any matter with {@link AcceptanceTerms}: accept (受理通知书, the next limit starts),
 * one-time supplement notice (clock paused), or not accept (不予受理决定书 with reasons).
 */
@Component
class AcceptanceDecision implements TaskOutcomeHandler {

    private final AcceptanceMatters matters;
    private final CaseService cases;
    private final SupplementNotices supplements;
    private final AcceptanceDocuments documents;
    private final Notices notices;
    private final Clock clock;

    AcceptanceDecision(AcceptanceMatters matters, CaseService cases, SupplementNotices supplements,
                       AcceptanceDocuments documents, Notices notices, Clock clock) {
        this.matters = matters;
        this.cases = cases;
        this.supplements = supplements;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return matters.of(processKey).map(t -> t.taskKey().equals(taskKey)).orElse(false);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        AcceptanceTerms terms = matters.ofTask(done.taskId());
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        switch (done.outcome()) {
            case "ACCEPT" -> {
                cases.markAccepted(c.id(), LocalDateTime.now(clock), actor, "材料齐全，予以受理");
                LocalDate due = cases.startClock(c.id(), LocalDate.now(clock), terms.limitAfterAcceptance(), actor);
                var notice = documents.acceptance(terms, cases.get(c.id()), actor, due);
                notices.tellApplicant(c, "已受理：" + c.caseNo(), "受理通知书 " + notice.number() + "，" + terms.promise()
                        + "的期限截止 " + due);
            }
            case "SUPPLEMENT" -> supplements.request(done.user(), c, supplements.parse(c, done.fields().get("missing")),
                    terms.departmentWord(), terms.departmentName());
            case "REJECT" -> {
                var decision = documents.rejection(terms, c, actor, done.comment());
                cases.close(c.id(), CaseStatus.NOT_ACCEPTED, actor, done.comment());
                notices.tellApplicant(c, "不予受理：" + c.caseNo(), "不予受理决定书 " + decision.number() + "：" + done.comment());
            }
            default -> throw new IllegalStateException("unexpected outcome " + done.outcome());
        }
        return Map.of();
    }
}
