package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.Notices;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.identity.Role;
import cn.yiyang.inspection.InspectionEscalated;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_Circulate: the department's SUPERVISOR issues the 通报 (its text is the task's comment; published on the public
 * page) and the 案件移送书 referring the institution for a penalty case (行政处罚法 Art. 28 责令改正 not complied
 * with); {@link InspectionEscalated} lets the clinic filing module revoke a filed clinic's filing.
 */
@Component
class Circulation {

    static final String DEFAULT_REFER_TO = "卫生健康综合监督执法机构";
    private static final Map<String, List<String>> DEPARTMENTS = Map.of(
            "HEALTH", List.of("卫", "卫生健康局"), "CIVIL", List.of("民", "民政局"));

    private final InspectionMapper mapper;
    private final IssuedDocuments documents;
    private final CaseService cases;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Circulation(InspectionMapper mapper, IssuedDocuments documents, CaseService cases, Notices notices,
                ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.documents = documents;
        this.cases = cases;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    Map<String, Object> circulate(cn.yiyang.casework.TaskOutcomeHandler.Completion done, CaseInfo c,
                                  InspectionMapper.TargetRow target, InspectionMapper.PlanRow plan) {
        String actor = done.user().username();
        if (!done.user().has(Role.SUPERVISOR)) {
            throw new AccessDeniedProblem("通报与移送由领导小组办公室（监督管理人员）办理");
        }
        String text = done.comment() == null ? "" : done.comment().strip();
        new FieldErrors.Collector().check(!text.isEmpty(), "comment", "请填写通报内容（将向社会公开，不得含个人信息）")
                .check(text.length() <= 2000, "comment", "通报内容不能超过 2000 字").throwIfAny();
        Object field = done.fields().get("referTo");
        String referTo = field == null || field.toString().isBlank() ? DEFAULT_REFER_TO : field.toString().strip();
        String reason = mapper.escalationReason(c.id());
        List<String> dept = DEPARTMENTS.getOrDefault(plan.department, DEPARTMENTS.get("HEALTH"));
        LocalDate today = LocalDate.now(clock);
        var circular = documents.issue(c.id(), DocumentKind.CIRCULAR, dept.get(0), actor, number ->
                new DocumentContent("关于" + c.applicantName() + "整改不到位的通报", number, "各有关单位",
                        List.of(text, "检查案件：" + c.caseNo() + "（" + plan.name + "）。", "已依法移送立案查处。"),
                        List.of(), List.of(), documents.authority(dept.get(1)), today));
        var referral = documents.issue(c.id(), DocumentKind.CASE_REFERRAL, dept.get(0), actor, number ->
                new DocumentContent("案件移送书", number, referTo,
                        List.of(c.applicantName() + "经" + plan.name + "检查存在问题，经责令限期整改（《中华人民共和国行政处罚法》"
                                        + "第二十八条）仍未整改到位：" + reason + "。",
                                "现将该案移送你单位依法立案查处，检查记录、责令限期整改通知书、整改报告及核查意见见案件 " + c.caseNo()
                                        + "。", "通报：" + circular.number() + "。"),
                        List.of(), List.of(), documents.authority(dept.get(1)), today));
        mapper.circulate(c.id(), circular.number(), text, referral.number(), referTo, actor, LocalDateTime.now(clock));
        cases.close(c.id(), CaseStatus.CLOSED, actor, "已通报（" + circular.number() + "）并移送立案（" + referral.number()
                + "）");
        notices.tellApplicant(c, "通报：" + c.caseNo(), "因整改不到位，已予通报（" + circular.number() + "）并移送立案查处。");
        events.publishEvent(new InspectionEscalated(c.id(), c.caseNo(), target.institutionId, circular.number(),
                reason, actor));
        return Map.of();
    }
}
