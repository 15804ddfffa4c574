package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.SupplementNotices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.singlewindow.ProjectType;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * A department decides on its own track (Task_Review of single-window-track): APPROVE, SUPPLEMENT (its items wait
 * for the window's merged notice), REFUSE with reasons, or REFER (一事一议) — FIRE or CIVIL only, and only for a
 * renovation or extension blocked by missing property registration or land/planning procedures (DOMAIN.md §2.3).
 */
@Component
class TrackReview implements TaskOutcomeHandler {

    private final SingleWindowMapper mapper;
    private final SupplementNotices supplements;
    private final TaskService tasks;
    private final Clock clock;

    TrackReview(SingleWindowMapper mapper, SupplementNotices supplements, TaskService tasks, Clock clock) {
        this.mapper = mapper;
        this.supplements = supplements;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.TRACK_PROCESS.equals(processKey) && "Task_Review".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String department = (String) tasks.getVariable(done.taskId(), "department");
        String actor = done.user().username();
        LocalDateTime now = LocalDateTime.now(clock);
        SingleWindowMapper.ApplicationRow a = mapper.find(c.id());
        TrackState state = switch (done.outcome()) {
            case "APPROVE" -> TrackState.APPROVED;
            case "REFUSE" -> TrackState.REFUSED;
            case "SUPPLEMENT" -> {
                for (SupplementNotices.RequestedItem item : supplements.parse(c, done.fields().get("missing"))) {
                    SingleWindowMapper.RequestRow r = new SingleWindowMapper.RequestRow();
                    r.caseId = c.id();
                    r.roundNo = a.reviewRound;
                    r.department = department;
                    r.code = item.code();
                    r.name = item.name();
                    r.reason = item.reason();
                    r.requestedBy = actor;
                    r.requestedAt = now;
                    mapper.insertRequest(r);
                }
                yield TrackState.SUPPLEMENT;
            }
            case "REFER" -> {
                mayRefer(department, a);
                yield TrackState.REFERRED;
            }
            default -> throw new IllegalStateException("unexpected outcome " + done.outcome());
        };
        String reason = done.comment() == null || done.comment().isBlank() ? state.label() : done.comment().strip();
        mapper.decide(c.id(), department, state.name(), actor, reason, now);
        return Map.of();
    }

    private static void mayRefer(String department, SingleWindowMapper.ApplicationRow a) {
        if (!SingleWindowDepartments.FIRE.equals(department) && !SingleWindowDepartments.CIVIL.equals(department)) {
            throw new BusinessRuleException("REFER_NOT_ALLOWED", "只有消防救援大队或民政局可以提请一事一议");
        }
        if (ProjectType.NEW_BUILD.name().equals(a.projectType)) {
            throw new BusinessRuleException("REFER_NOT_ALLOWED", "一事一议只适用于改建、扩建项目；新建项目应依法办理全部手续");
        }
        if (a.propertyRegistered && a.landPlanningComplete) {
            throw new BusinessRuleException("REFER_NOT_ALLOWED",
                    "房屋产权已登记且土地、规划手续齐全，消防验收不受阻，无需一事一议");
        }
    }
}
