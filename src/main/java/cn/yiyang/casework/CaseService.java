package cn.yiyang.casework;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.WorkingDayCalendar;
import cn.yiyang.casework.internal.CaseMapper;
import cn.yiyang.casework.internal.CaseMapper.CaseQuery;
import cn.yiyang.casework.internal.CaseRow;
import cn.yiyang.casework.internal.NumberSeries;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case core: numbers, status, the statutory clock with its pauses, visibility. Matter modules create and move
 * their cases through it; every change is audited in the same transaction.
 */
@Service("caseCore") // "caseService" is the engine's CMMN service bean
public class CaseService {

    private final CaseMapper cases;
    private final NumberSeries numbers;
    private final AuditTrail audit;
    private final CalendarService calendar;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(CaseMapper cases, NumberSeries numbers, AuditTrail audit, CalendarService calendar,
                RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.audit = audit;
        this.calendar = calendar;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /** A new case in DRAFT with its number: {prefix}-{region}-{year}-{seq}, e.g. NSBA-533103-2026-000042. */
    @Transactional
    public CaseInfo createDraft(CurrentUser user, Matter matter, Long institutionId, String applicantName, String title) {
        int year = LocalDate.now(clock).getYear();
        long seq = numbers.next("CASE-" + matter.prefix() + "-" + user.regionCode() + "-" + year);
        CaseRow row = new CaseRow();
        row.caseNo = "%s-%s-%d-%06d".formatted(matter.prefix(), user.regionCode(), year, seq);
        row.matter = matter;
        row.regionCode = user.regionCode();
        row.status = CaseStatus.DRAFT;
        row.institutionId = institutionId;
        row.applicantName = applicantName;
        row.title = title;
        row.createdBy = user.username();
        row.createdAt = LocalDateTime.now(clock);
        cases.insert(row);
        audit.record(row.id, user.username(), "CASE_CREATED", matter.label() + " " + row.caseNo);
        return info(cases.findById(row.id));
    }

    /** Starts the matter's process for a draft and marks it submitted, in the caller's transaction. */
    @Transactional
    public CaseInfo submit(CurrentUser user, long caseId, String processKey, CaseStatus statusAfter,
                           Map<String, Object> routingVariables) {
        CaseRow row = cases.lock(caseId);
        if (row.status != CaseStatus.DRAFT) {
            throw new cn.yiyang.shared.ConflictException("案件已提交，不能重复提交");
        }
        Map<String, Object> vars = new java.util.HashMap<>(routingVariables);
        vars.put("caseId", caseId);
        String pi = runtime.startProcessInstanceByKey(processKey, row.caseNo, vars).getId();
        cases.markSubmitted(caseId, statusAfter, LocalDateTime.now(clock), pi);
        audit.record(caseId, user.username(), "CASE_SUBMITTED", "状态：" + statusAfter.label());
        return info(cases.findById(caseId));
    }

    /**
     * Marks a draft submitted whose process another case's process starts as a call activity (the licence of a
     * single-window application's medical part); the called process links itself to the case when it starts.
     */
    @Transactional
    public CaseInfo submitForCaller(long caseId, CaseStatus statusAfter, String actor, String note) {
        CaseRow row = cases.lock(caseId);
        if (row.status != CaseStatus.DRAFT) {
            throw new cn.yiyang.shared.ConflictException("案件已提交，不能重复提交");
        }
        cases.markSubmitted(caseId, statusAfter, LocalDateTime.now(clock), null);
        audit.record(caseId, actor, "CASE_SUBMITTED", "状态：" + statusAfter.label() + "；" + note);
        return info(cases.findById(caseId));
    }

    /** Links a process instance (main or called) to its case, so its tasks appear in the inbox. */
    @Transactional
    public void linkProcess(String processInstanceId, long caseId) {
        if (cases.caseOfProcess(processInstanceId) == null) {
            cases.linkProcess(processInstanceId, caseId);
        }
    }

    @Transactional(readOnly = true)
    public CaseInfo get(long caseId) {
        CaseRow row = cases.findById(caseId);
        if (row == null) {
            throw new NotFoundException("案件不存在");
        }
        return info(row);
    }

    @Transactional(readOnly = true)
    public Optional<CaseInfo> findByNo(String caseNo) {
        return Optional.ofNullable(cases.findByNo(caseNo)).map(CaseService::info);
    }

    /** The case if the caller may see it; 404 otherwise, so that existence does not leak. */
    @Transactional(readOnly = true)
    public CaseInfo visible(CurrentUser user, String caseNo) {
        CaseRow row = cases.findByNo(caseNo);
        if (row == null || !canSee(user, row)) {
            throw new NotFoundException("案件不存在或无权查看：" + caseNo);
        }
        return info(row);
    }

    /** The case if it belongs to the caller's institution (the applicant acting on its own case). */
    @Transactional(readOnly = true)
    public CaseInfo ownCase(CurrentUser user, String caseNo) {
        CaseRow row = cases.findByNo(caseNo);
        if (row == null || !user.isApplicant() || !user.institutionId().equals(row.institutionId)) {
            throw new NotFoundException("案件不存在或无权操作：" + caseNo);
        }
        return info(row);
    }

    /**
     * {@link #ownCase} with the case row locked until the transaction ends: a concurrent change of the same case (a
     * double click, a retried request) waits here, then sees what the first one did and refuses cleanly.
     */
    @Transactional
    public CaseInfo lockOwnCase(CurrentUser user, String caseNo) {
        return info(cases.lock(ownCase(user, caseNo).id()));
    }

    /** Locks the case row until the transaction ends: changes of one case, by any path, happen one after another. */
    @Transactional
    public CaseInfo lock(long caseId) {
        CaseRow row = cases.lock(caseId);
        if (row == null) {
            throw new NotFoundException("案件不存在");
        }
        return info(row);
    }

    boolean canSee(CurrentUser user, CaseRow row) {
        if (!row.regionCode.equals(user.regionCode())) {
            return false;
        }
        if (user.isApplicant() && user.institutionId().equals(row.institutionId)) {
            return true;
        }
        if (row.status == CaseStatus.DRAFT) {
            return false; // a draft is the applicant's own business until submitted
        }
        if (user.isApplicant()) { // another institution's case: only if one of its steps was its own (a partner's)
            return cases.groupInvolved(row.id, CurrentUser.institutionGroup(user.institutionId()));
        }
        if (user.hasAny(Role.ADMIN, Role.SUPERVISOR)) {
            return true;
        }
        if (row.matter == Matter.SINGLE_WINDOW && (user.has(Role.WINDOW) || "GOV".equals(user.departmentCode()))) {
            return true; // the window handles it; the county government oversees joint handling (extension, 一事一议)
        }
        boolean staff = user.hasAny(Role.REVIEWER, Role.LEADER, Role.INSPECTOR);
        return staff && (row.matter.leadDepartment().equals(user.departmentCode())
                || cases.staffInvolved(row.id, user.departmentCode(), user.username()));
    }

    @Transactional(readOnly = true)
    public PageResult<CaseSummary> list(CurrentUser user, Matter matter, CaseStatus status, Warning warning, String q,
                                        PageRequest page) {
        CaseQuery query = new CaseQuery();
        query.region = user.regionCode();
        query.user = user.username();
        if (user.isApplicant()) {
            query.institutionId = user.institutionId();
        } else {
            query.allCases = user.hasAny(Role.ADMIN, Role.SUPERVISOR);
            query.excludeDrafts = true;
            query.leadMatters = Arrays.stream(Matter.values())
                    .filter(m -> m.leadDepartment().equals(user.departmentCode())
                            || (m == Matter.SINGLE_WINDOW && (user.has(Role.WINDOW) || "GOV".equals(user.departmentCode()))))
                    .toList();
            List<String> groups = user.candidateGroups();
            query.groups = groups.isEmpty() ? List.of("-") : groups;
        }
        query.matter = matter;
        query.status = status;
        query.warning = warning == null ? null : warning.name();
        query.today = calendar.today();
        query.yellowUntil = calendar.due(query.today, Deadline.YELLOW_DAYS).due();
        query.q = q == null || q.isBlank() ? null : q.trim();
        query.limit = page.size();
        query.offset = page.offset();
        WorkingDayCalendar cal = calendar.calendar();
        List<CaseSummary> items = cases.search(query).stream().map(r -> summary(r, cal)).toList();
        return new PageResult<>(items, page.page(), page.size(), cases.count(query));
    }

    CaseSummary summary(CaseRow r, WorkingDayCalendar cal) {
        return new CaseSummary(r.caseNo, r.matter, r.matter.label(), r.status, r.status.label(), r.applicantName,
                r.title, r.createdAt, r.submittedAt, r.closedAt, deadline(r, cal), null);
    }

    Deadline deadline(CaseRow r, WorkingDayCalendar cal) {
        if (r.dueDate == null || r.closedAt != null) {
            return null;
        }
        return Deadline.of(cal, calendar.today(), r.dueDate, r.limitWorkingDays == null ? null
                : r.limitWorkingDays + r.extensionDays, r.paused, r.dueProvisional);
    }

    /** Today in Asia/Shanghai, from the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- status and clock, called by matter modules (usually from process delegates)

    @Transactional
    public void changeStatus(long caseId, CaseStatus status, String actor, String note) {
        cases.lock(caseId);
        cases.updateStatus(caseId, status);
        audit.record(caseId, actor, "STATUS_" + status.name(), note == null ? status.label() : status.label() + "：" + note);
        events.publishEvent(new CaseStatusChanged(caseId, status, actor));
    }

    @Transactional
    public void markAccepted(long caseId, LocalDateTime acceptedAt, String actor, String note) {
        cases.lock(caseId);
        cases.markAccepted(caseId, acceptedAt);
        cases.updateStatus(caseId, CaseStatus.ACCEPTED);
        audit.record(caseId, actor, "CASE_ACCEPTED", note);
        events.publishEvent(new CaseStatusChanged(caseId, CaseStatus.ACCEPTED, actor));
    }

    /** Starts (or restarts) the statutory clock: {@code workingDays} counted from the day after {@code from}. */
    @Transactional
    public LocalDate startClock(long caseId, LocalDate from, int workingDays, String actor) {
        WorkingDayCalendar.DueDate due = calendar.due(from, workingDays);
        cases.lock(caseId);
        cases.startClock(caseId, from, workingDays, due.due(), due.provisional());
        audit.record(caseId, actor, "CLOCK_STARTED", workingDays + " 个工作日，自 " + from + " 起算，截止 " + due.due()
                + (due.provisional() ? "（暂定：该年节假日未载入）" : ""));
        return due.due();
    }

    /** Stops the clock (补正, 现场核验 …): the case keeps the pause with its reason. */
    @Transactional
    public void pauseClock(long caseId, String kind, String reason, String actor) {
        cases.lock(caseId);
        boolean open = cases.pauses(caseId).stream().anyMatch(p -> p.endedAt() == null);
        if (open) {
            return;
        }
        cases.insertPause(caseId, kind, reason, LocalDateTime.now(clock));
        audit.record(caseId, actor, "CLOCK_PAUSED", reason);
    }

    /** Restarts the clock; the due date moves by the working days the pause lasted, and with it the engine's timers. */
    @Transactional
    public LocalDate resumeClock(long caseId, String actor) {
        CaseRow row = cases.lock(caseId);
        CaseMapper.PauseRow open = cases.pauses(caseId).stream().filter(p -> p.endedAt() == null).findFirst()
                .orElse(null);
        if (open == null) {
            return row.dueDate;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        cases.endPause(open.id(), now);
        LocalDate due = row.dueDate;
        if (due != null) {
            int paused = calendar.calendar().workingDaysBetween(open.startedAt().toLocalDate(), now.toLocalDate());
            WorkingDayCalendar.DueDate moved = calendar.due(due, paused);
            due = moved.due();
            cases.moveDue(caseId, due, moved.provisional() || row.dueProvisional, 0);
            events.publishEvent(new CaseDeadlineMoved(caseId, due));
        }
        audit.record(caseId, actor, "CLOCK_RESUMED", "恢复计时" + (due == null ? "" : "，截止 " + due));
        return due;
    }

    /** Extends the limit by {@code workingDays} (行政许可法 Art. 42). */
    @Transactional
    public LocalDate extend(long caseId, int workingDays, String reason, String actor) {
        CaseRow row = cases.lock(caseId);
        WorkingDayCalendar.DueDate moved = calendar.due(row.dueDate, workingDays);
        cases.moveDue(caseId, moved.due(), moved.provisional(), workingDays);
        audit.record(caseId, actor, "CLOCK_EXTENDED", "延长 " + workingDays + " 个工作日，截止 " + moved.due() + "：" + reason);
        events.publishEvent(new CaseDeadlineMoved(caseId, moved.due()));
        return moved.due();
    }

    @Transactional
    public void close(long caseId, CaseStatus status, String actor, String note) {
        CaseRow row = cases.lock(caseId);
        if (row.closedAt != null) {
            return;
        }
        cases.pauses(caseId).stream().filter(p -> p.endedAt() == null)
                .forEach(p -> cases.endPause(p.id(), LocalDateTime.now(clock)));
        cases.close(caseId, status, LocalDateTime.now(clock));
        audit.record(caseId, actor, "CASE_CLOSED", status.label() + (note == null ? "" : "：" + note));
        events.publishEvent(new CaseStatusChanged(caseId, status, actor));
    }

    @Transactional
    public void retitle(long caseId, String applicantName, String title) {
        cases.updateTitle(caseId, applicantName, title);
    }

    static CaseInfo info(CaseRow r) {
        return new CaseInfo(r.id, r.caseNo, r.matter, r.status, r.regionCode, r.institutionId, r.applicantName, r.title,
                r.createdBy, r.submittedAt, r.acceptedAt, r.closedAt, r.dueDate, r.limitWorkingDays, r.extensionDays,
                r.paused, r.processInstanceId);
    }

    /** Published when a case's status changes (notices, registry, supervision scheduling react to it). */
    public record CaseStatusChanged(long caseId, CaseStatus status, String actor) {
    }

    /** Published when a pause or an extension moves the due date: the engine's deadline timers follow. */
    public record CaseDeadlineMoved(long caseId, LocalDate due) {
    }
}
