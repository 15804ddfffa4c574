package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 一事一议 (Task_Deliberate): the county government office records the meeting — date, participants, decision and
 * the conditions — as a PDF 会议纪要 on the case; the clock runs again and the departments concerned (those that
 * referred, and any the meeting names) review again under those conditions.
 */
@Component
class Deliberation implements TaskOutcomeHandler {

    private final SingleWindowMapper mapper;
    private final CaseService cases;
    private final IssuedDocuments documents;
    private final Notices notices;
    private final Clock clock;

    Deliberation(SingleWindowMapper mapper, CaseService cases, IssuedDocuments documents, Notices notices, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.PROCESS.equals(processKey) && "Task_Deliberate".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        Map<String, Object> f = done.fields();
        FieldErrors.Collector errors = new FieldErrors.Collector();
        LocalDate date = date(f.get("meetingDate"));
        errors.check(date != null && !date.isAfter(LocalDate.now(clock)), "fields.meetingDate",
                "请填写会议日期（YYYY-MM-DD，不晚于今天）");
        String participants = text(f.get("participants"));
        String decision = text(f.get("decision"));
        String conditions = text(f.get("conditions"));
        errors.check(!participants.isEmpty() && participants.length() <= 1000, "fields.participants", "请填写参会单位和人员（不超过 1000 字）");
        errors.check(!decision.isEmpty() && decision.length() <= 4000, "fields.decision", "请填写会议决定（不超过 4000 字）");
        errors.check(conditions.length() <= 4000, "fields.conditions", "条件不能超过 4000 字");
        Set<String> departments = new LinkedHashSet<>();
        mapper.tracks(c.id()).stream().filter(t -> TrackState.REFERRED.name().equals(t.state))
                .forEach(t -> departments.add(t.department));
        for (String code : text(f.get("departments")).split("[,，、\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            errors.check(SingleWindowDepartments.REVIEWERS.contains(code), "fields.departments",
                    "未知或不参与重新审查的部门：" + code + "（可选 " + String.join("、", SingleWindowDepartments.REVIEWERS) + "）");
            departments.add(code);
        }
        errors.throwIfAny();
        String actor = done.user().username();
        LocalDateTime now = LocalDateTime.now(clock);
        SingleWindowMapper.MeetingRow m = new SingleWindowMapper.MeetingRow();
        m.caseId = c.id();
        m.meetingDate = date;
        m.participants = participants;
        m.decision = decision;
        m.conditions = conditions.isEmpty() ? null : conditions;
        m.departments = String.join(",", departments);
        m.recordedBy = actor;
        m.recordedAt = now;
        mapper.insertMeeting(m);
        List<String> names = departments.stream().map(SingleWindowDepartments::name).toList();
        var minute = documents.issue(c.id(), DocumentKind.MEETING_MINUTES, "政", actor, number -> new DocumentContent(
                "一事一议会议纪要", number, c.applicantName(), List.of(
                "会议日期：" + date,
                "参会单位和人员：" + participants,
                "议题：" + c.applicantName() + " " + c.title() + "（案件编号 " + c.caseNo() + "）因房屋产权登记或土地、规划手续不全，"
                        + "消防验收（备案）受阻，经民政局提请，县人民政府召集相关部门一事一议。",
                "会议决定：" + decision,
                "条件：" + (conditions.isEmpty() ? "无" : conditions),
                "请" + String.join("、", names) + "按上述决定和条件重新审查。"), null, null,
                documents.authority(SingleWindowDepartments.name(SingleWindowDepartments.GOV)), LocalDate.now(clock)));
        mapper.meetingDocument(m.id, minute.id());
        cases.resumeClock(c.id(), actor);
        departments.forEach(d -> mapper.reopen(c.id(), d, now));
        notices.tellApplicant(c, "一事一议已作出决定：" + c.caseNo(), "会议纪要 " + minute.number() + "：" + decision
                + (conditions.isEmpty() ? "" : "；条件：" + conditions) + "。办理期限恢复计算。");
        return Map.of();
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
