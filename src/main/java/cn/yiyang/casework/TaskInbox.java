package cn.yiyang.casework;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.WorkingDayCalendar;
import cn.yiyang.casework.internal.StepMapper;
import cn.yiyang.casework.internal.TaskMapper;
import cn.yiyang.casework.internal.TaskMapper.TaskRow;
import cn.yiyang.casework.internal.TaskOutcomes;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 待办 / 已办: the queue over the engine's tasks, and claim, unclaim and complete with an outcome. */
@Service
public class TaskInbox {

    public enum Scope { MINE, GROUP, ALL }

    public enum Sort { DUE, CREATED }

    private static final Set<String> NEED_REASON = Set.of("REJECT", "REFUSE", "RETURN", "NOT_VERIFIED", "FAIL", "EXTEND",
            "ESCALATE", "REFER");

    private final TaskMapper tasks;
    private final StepMapper steps;
    private final TaskService taskService;
    private final TaskOutcomes outcomes;
    private final CaseService cases;
    private final AuditTrail audit;
    private final CalendarService calendar;
    private final List<TaskOutcomeHandler> handlers;

    TaskInbox(TaskMapper tasks, StepMapper steps, TaskService taskService, TaskOutcomes outcomes, CaseService cases,
              AuditTrail audit, CalendarService calendar, List<TaskOutcomeHandler> handlers) {
        this.tasks = tasks;
        this.steps = steps;
        this.taskService = taskService;
        this.outcomes = outcomes;
        this.cases = cases;
        this.audit = audit;
        this.calendar = calendar;
        this.handlers = handlers;
    }

    @Transactional(readOnly = true)
    public PageResult<TaskItem> queue(CurrentUser user, Scope scope, Matter matter, Warning warning, String q,
                                      Sort sort, PageRequest page) {
        TaskMapper.Query query = new TaskMapper.Query();
        query.region = user.regionCode();
        query.user = user.username();
        List<String> groups = user.candidateGroups();
        query.groups = groups.isEmpty() ? List.of("-") : groups;
        query.mine = scope != Scope.GROUP;
        query.group = scope != Scope.MINE;
        query.matter = matter;
        query.warning = warning == null ? null : warning.name();
        LocalDate today = calendar.today();
        query.today = today.atStartOfDay();
        query.yellowUntil = calendar.due(today, Deadline.YELLOW_DAYS).due().atStartOfDay();
        query.q = q == null || q.isBlank() ? null : q.trim();
        query.sortByCreated = sort == Sort.CREATED;
        query.limit = page.size();
        query.offset = page.offset();
        WorkingDayCalendar cal = calendar.calendar();
        List<TaskItem> items = tasks.queue(query).stream().map(r -> item(r, cal, today)).toList();
        return new PageResult<>(items, page.page(), page.size(), tasks.count(query));
    }

    @Transactional(readOnly = true)
    public PageResult<DoneItem> done(CurrentUser user, PageRequest page) {
        return new PageResult<>(tasks.done(user.username(), page.size(), page.offset()), page.page(), page.size(),
                tasks.countDone(user.username()));
    }

    @Transactional(readOnly = true)
    public TaskDetail get(CurrentUser user, String taskId) {
        TaskRow row = visibleTask(user, taskId);
        TaskOutcomes.Form form = outcomes.of(row.procDefId, row.taskKey);
        return new TaskDetail(item(row, calendar.calendar(), calendar.today()), form.outcomes(), form.fields(),
                form.formKey(), row.description);
    }

    /** The open task of a case at a step, if the caller may work it. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> openTaskOf(CurrentUser user, long caseId, String taskKey) {
        String id = tasks.openTaskOf(caseId, taskKey);
        if (id == null) {
            return java.util.Optional.empty();
        }
        visibleTask(user, id);
        return java.util.Optional.of(id);
    }

    @Transactional
    public TaskItem claim(CurrentUser user, String taskId) {
        lockCaseOf(taskId);
        TaskRow row = visibleTask(user, taskId);
        if (user.username().equals(row.assignee)) {
            throw new ConflictException("任务已由您认领，请刷新");
        }
        try {
            taskService.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("任务已被 " + e.getTaskAssignee() + " 认领");
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException("任务已被他人处理，请刷新");
        }
        audit.record(row.caseId, user.username(), "TASK_CLAIMED", row.name);
        return item(tasks.find(taskId), calendar.calendar(), calendar.today());
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        lockCaseOf(taskId);
        TaskRow row = visibleTask(user, taskId);
        if (row.assignee == null) {
            throw new ConflictException("任务已退回待认领，请刷新");
        }
        if (!user.username().equals(row.assignee)) {
            throw new ConflictException("只能退回自己认领的任务");
        }
        taskService.setAssignee(taskId, null);
        audit.record(row.caseId, user.username(), "TASK_UNCLAIMED", row.name);
    }

    /** Completes a task with an outcome: checks it, lets the matter record its meaning, then moves the engine on. */
    @Transactional
    public void complete(CurrentUser user, String taskId, String outcome, String comment, Map<String, Object> fields) {
        lockCaseOf(taskId);
        TaskRow row = visibleTask(user, taskId);
        TaskOutcomes.Form form = outcomes.of(row.procDefId, row.taskKey);
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(outcome != null && form.outcomes().contains(outcome), "outcome",
                "此环节只允许以下结果：" + String.join("、", form.outcomes()));
        errors.check(!NEED_REASON.contains(outcome) || (comment != null && !comment.isBlank()), "comment",
                "此结果必须写明理由");
        errors.check(comment == null || comment.length() <= 4000, "comment", "意见不能超过 4000 字");
        errors.throwIfAny();
        if (row.assignee == null) {
            claim(user, taskId);
        }
        CaseInfo caseInfo = cases.get(row.caseId);
        String processKey = row.procDefId.substring(0, row.procDefId.indexOf(':'));
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", outcome);
        TaskOutcomeHandler.Completion completion = new TaskOutcomeHandler.Completion(user, caseInfo, taskId,
                row.taskKey, outcome, comment, fields == null ? Map.of() : fields);
        handlers.stream().filter(h -> h.handles(processKey, row.taskKey))
                .forEach(h -> variables.putAll(h.complete(completion)));
        steps.decide(taskId, outcome, comment, user.username());
        audit.record(row.caseId, user.username(), "TASK_COMPLETED",
                row.name + "：" + outcome + (comment == null || comment.isBlank() ? "" : "，" + comment));
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException("任务已被他人处理，请刷新");
        }
    }

    /**
     * Takes the row lock of the task's case before anything is read for the decision: of two requests on one task
     * (a double click, a retry after a timeout, two colleagues), the second waits here until the first has committed,
     * then reads the task afresh (READ COMMITTED) and is refused with a clear 409, instead of both racing into the
     * engine (deadlocks, "Cannot find task"). An unknown task is left to {@link #visibleTask} to refuse. The case is
     * found with a query of its own, so that the task read after the lock is not MyBatis' cached read from before it.
     */
    private void lockCaseOf(String taskId) {
        Long caseId = tasks.caseOfTask(taskId);
        if (caseId != null) {
            cases.lock(caseId);
        }
    }

    /** The task if the caller may work it: assigned to them, or unclaimed in one of their groups. */
    private TaskRow visibleTask(CurrentUser user, String taskId) {
        TaskRow row = tasks.find(taskId);
        if (row == null) {
            if (tasks.wasCompleted(taskId)) {
                throw new ConflictException("任务已办结，请刷新");
            }
            throw new NotFoundException("任务不存在");
        }
        boolean mine = user.username().equals(row.assignee);
        List<String> groups = row.candidateGroups == null ? List.of() : Arrays.asList(row.candidateGroups.split(","));
        boolean inGroup = groups.stream().anyMatch(user.candidateGroups()::contains);
        if (!mine && !inGroup) {
            // staff of another department learn that the task is not theirs (403); an applicant learns nothing (404)
            if (user.isApplicant()) {
                throw new NotFoundException("任务不存在");
            }
            throw new AccessDeniedProblem("此任务不属于您所在的部门或岗位");
        }
        if (!handlers.isEmpty()) {
            String processKey = row.procDefId.substring(0, row.procDefId.indexOf(':'));
            CaseInfo caseInfo = cases.get(row.caseId);
            handlers.stream().filter(h -> h.handles(processKey, row.taskKey))
                    .forEach(h -> h.checkMayWork(user, caseInfo, row.taskKey));
        }
        if (!mine && row.assignee != null) {
            throw new ConflictException("任务已被 " + row.assignee + " 认领");
        }
        return row;
    }

    private static TaskItem item(TaskRow r, WorkingDayCalendar cal, LocalDate today) {
        Warning warning = r.due == null ? Warning.NONE
                : Deadline.warning(cal.workingDaysBetween(today, r.due.toLocalDate()), null);
        List<String> groups = r.candidateGroups == null ? List.of() : List.of(r.candidateGroups.split(","));
        return new TaskItem(r.id, r.name, r.taskKey, r.caseNo, r.matter, r.matter.label(), r.applicantName,
                r.createdAt, r.due, warning, r.assignee, groups);
    }
}
