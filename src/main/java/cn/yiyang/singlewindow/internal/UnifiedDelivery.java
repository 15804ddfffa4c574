package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 统一出件 (Task_Deliver): every department has decided, so the window delivers all results at once in one 办理结果告知书
 * (each department's approval or refusal with reasons, the licence of the medical part, the conditions of 一事一议) and
 * the case closes — 已办结 when all approved, 不予许可 when any department refused.
 */
@Component
class UnifiedDelivery implements TaskOutcomeHandler {

    private final SingleWindowMapper mapper;
    private final CaseService cases;
    private final IssuedDocuments documents;
    private final Notices notices;
    private final Clock clock;

    UnifiedDelivery(SingleWindowMapper mapper, CaseService cases, IssuedDocuments documents, Notices notices,
                    Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.PROCESS.equals(processKey) && "Task_Deliver".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        List<SingleWindowMapper.TrackRow> tracks = mapper.tracks(c.id());
        if (tracks.stream().anyMatch(t -> !TrackState.valueOf(t.state).decided() && !TrackState.SKIPPED.name().equals(t.state))) {
            throw new ConflictException("仍有部门未作出决定，不能统一出件");
        }
        boolean refused = tracks.stream().anyMatch(t -> TrackState.REFUSED.name().equals(t.state));
        List<List<String>> rows = new ArrayList<>();
        for (SingleWindowMapper.TrackRow t : tracks) {
            rows.add(List.of(String.valueOf(rows.size() + 1), SingleWindowDepartments.name(t.department),
                    TrackState.valueOf(t.state).label(), t.reason == null ? "" : t.reason));
        }
        List<String> paragraphs = new ArrayList<>(List.of("你单位" + c.title() + "（案件编号 " + c.caseNo()
                + "）经各部门并联审查，现由综合窗口统一送达办理结果如下："));
        mapper.meetings(c.id()).forEach(m -> paragraphs.add("一事一议（" + m.meetingDate + "）决定：" + m.decision
                + (m.conditions == null ? "" : "；条件：" + m.conditions)));
        if (refused) {
            paragraphs.add("对不同意的事项，如不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。");
        }
        String actor = done.user().username();
        var notice = documents.issue(c.id(), DocumentKind.RESULT_NOTICE, SingleWindowRules.WORD, actor,
                number -> new DocumentContent("办理结果告知书", number, c.applicantName(), paragraphs,
                        List.of("序号", "部门", "结果", "意见和理由"), rows, documents.authority(SingleWindowRules.AUTHORITY),
                        LocalDate.now(clock)));
        mapper.markDelivered(c.id(), LocalDateTime.now(clock));
        cases.close(c.id(), refused ? CaseStatus.REFUSED : CaseStatus.CLOSED, actor,
                "统一出件：" + (refused ? "部分部门不同意" : "各部门均同意"));
        notices.tellApplicant(c, "办理结果已统一送达：" + c.caseNo(), "办理结果告知书 " + notice.number() + "，可在案件中下载。");
        return Map.of();
    }
}
