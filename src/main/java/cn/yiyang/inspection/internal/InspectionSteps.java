package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The steps of one inspection: the checklist (Task_Inspect) by the first drawn inspector, the second signature
 * (Task_CoSign) by the other, then the 检查记录; a FAIL issues the 责令限期整改通知书 and starts the rectification clock;
 * the institution reports (Task_Rectify) and the inspectors verify (Task_Verify): VERIFIED closes, NOT_VERIFIED gives
 * a second deadline once, and a second failure escalates: the SUPERVISOR issues the 通报 and the referral for a
 * penalty case (Task_Circulate).
 */
@Component
class InspectionSteps implements TaskOutcomeHandler {

    private final InspectionMapper mapper;
    private final InspectionDocuments documents;
    private final CaseService cases;
    private final Notices notices;
    private final Escalation escalation;
    private final Publication publication;
    private final Circulation circulation;
    private final Clock clock;

    InspectionSteps(InspectionMapper mapper, InspectionDocuments documents, CaseService cases, Notices notices,
                    Escalation escalation, Publication publication, Circulation circulation, Clock clock) {
        this.circulation = circulation;
        this.publication = publication;
        this.escalation = escalation;
        this.mapper = mapper;
        this.documents = documents;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return InspectionRules.INSPECTION_PROCESS.equals(processKey);
    }

    /**
     * Only the two drawn inspectors work an inspection's checklist, signature and verification: anyone else of the
     * inspectors' group, in particular one withdrawn from this target (回避), is refused.
     */
    @Override
    public void checkMayWork(CurrentUser user, CaseInfo caseInfo, String taskKey) {
        // Only the drawn inspectors' own steps; the institution's report and the SUPERVISOR's 通报 go by their groups.
        if (!Set.of(InspectionRules.TASK_INSPECT, InspectionRules.TASK_CO_SIGN, InspectionRules.TASK_VERIFY)
                .contains(taskKey)) {
            return;
        }
        InspectionMapper.TargetRow target = mapper.target(caseInfo.id());
        if (target != null && !user.username().equals(target.inspectorA) && !user.username().equals(target.inspectorB)) {
            throw new AccessDeniedProblem("您不是该检查对象的抽中检查人员（或已回避），不能办理此任务");
        }
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        InspectionMapper.TargetRow target = mapper.lockTarget(c.id());
        InspectionMapper.PlanRow plan = mapper.scopeOf(target);
        String actor = done.user().username();
        return switch (done.taskKey()) {
            case InspectionRules.TASK_INSPECT -> inspect(done, c, target, plan);
            case InspectionRules.TASK_CO_SIGN -> coSign(done, c, target, plan);
            case InspectionRules.TASK_RECTIFY -> {
                new FieldErrors.Collector().check(done.comment() != null && !done.comment().isBlank(), "comment",
                        "请填写整改报告（整改措施与结果），佐证材料可上传至案件").throwIfAny();
                cases.changeStatus(c.id(), CaseStatus.UNDER_REVIEW, actor, "已提交整改报告，待核查");
                notices.tell(List.of(target.inspectorA, target.inspectorB), c.id(), "待整改核查：" + c.caseNo(),
                        c.applicantName() + "已提交整改报告。");
                yield Map.of();
            }
            case InspectionRules.TASK_VERIFY -> verify(done, c, target, plan);
            case InspectionRules.TASK_CIRCULATE -> circulation.circulate(done, c, target, plan);
            default -> Map.of();
        };
    }

    private Map<String, Object> inspect(Completion done, CaseInfo c, InspectionMapper.TargetRow target,
                                        InspectionMapper.PlanRow plan) {
        String actor = done.user().username();
        if (!actor.equals(target.inspectorA)) {
            throw new AccessDeniedProblem("检查表由抽中的检查人员填写");
        }
        List<InspectionMapper.AnswerRow> answers = Checklist.parse(done.fields().get("answers"),
                List.of(plan.items.split(",")), actor);
        mapper.deleteAnswers(c.id());
        mapper.insertAnswers(c.id(), answers, LocalDateTime.now(clock));
        mapper.signA(c.id(), LocalDateTime.now(clock));
        return Map.of();
    }

    private Map<String, Object> coSign(Completion done, CaseInfo c, InspectionMapper.TargetRow target,
                                       InspectionMapper.PlanRow plan) {
        String actor = done.user().username();
        if (!actor.equals(target.inspectorB) || actor.equals(target.inspectorA)) {
            throw new BusinessRuleException("SAME_INSPECTOR", "检查记录须由两名不同的抽中检查人员签名（《行政处罚法》第四十二条）");
        }
        if ("RETURN".equals(done.outcome())) {
            mapper.signA(c.id(), null);
            return Map.of();
        }
        boolean failed = mapper.answers(c.id()).stream().anyMatch(a -> "FAIL".equals(a.result()));
        String result = failed ? "FAIL" : "PASS";
        int days = failed ? Checklist.rectificationDays(done.fields()) : 0;
        mapper.signB(c.id(), LocalDateTime.now(clock), result);
        var record = documents.record(c, plan, target, result, actor);
        if (!failed) {
            cases.close(c.id(), CaseStatus.CLOSED, actor, "检查合格，检查记录 " + record.number());
            notices.tellApplicant(c, "抽查结果：合格", "检查记录 " + record.number() + " 可在案件中查看。");
        } else {
            orderRectification(c, plan, days, 1, actor);
        }
        if (target.planId != null) { // a scheduled supervision has no plan whose results wait for publication
            publication.afterSignature(plan.id, actor);
        }
        return Map.of("inspectionResult", result);
    }

    private Map<String, Object> verify(Completion done, CaseInfo c, InspectionMapper.TargetRow target,
                                       InspectionMapper.PlanRow plan) {
        String actor = done.user().username();
        String method = Checklist.verifyMethod(done.fields());
        switch (done.outcome()) {
            case "VERIFIED" -> {
                mapper.result(c.id(), "RECTIFIED");
                cases.close(c.id(), CaseStatus.CLOSED, actor, "整改到位（" + method + "）：" + nullToEmpty(done.comment()));
                notices.tellApplicant(c, "整改核查通过：" + c.caseNo(), "经核查整改到位，案件办结。");
                return Map.of();
            }
            case "NOT_VERIFIED" -> {
                if (target.rectifyRound < 2) {
                    orderRectification(c, plan, Checklist.rectificationDays(done.fields()), 2, actor);
                    return Map.of();
                }
                escalation.escalate(c, actor, "第二次整改仍不到位（" + method + "）：" + done.comment());
                return Map.of("outcome", "ESCALATE");
            }
            default -> {
                escalation.escalate(c, actor, done.comment());
                return Map.of();
            }
        }
    }

    /** 责令限期整改: the notice, the clock for the deadline in working days, the case RECTIFYING, the institution told. */
    private void orderRectification(CaseInfo c, InspectionMapper.PlanRow plan, int days, int round, String actor) {
        LocalDate due = cases.startClock(c.id(), cases.today(), days, actor);
        var notice = documents.rectificationNotice(c, plan, due, days, round, actor);
        mapper.rectifyRound(c.id(), round);
        cases.changeStatus(c.id(), CaseStatus.RECTIFYING, actor, (round > 1 ? "第二次" : "") + "责令限期整改，截止 " + due);
        notices.tellApplicant(c, "责令限期整改：" + c.caseNo(), "责令限期整改通知书 " + notice.number() + "，请于 " + due
                + " 前整改并提交整改报告。");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
